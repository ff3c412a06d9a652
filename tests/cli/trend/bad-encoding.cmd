trend --encoding ebcdic
