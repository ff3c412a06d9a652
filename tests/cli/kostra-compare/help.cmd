kostra-compare --help
