trend --bogus
