trend --help
