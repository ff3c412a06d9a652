trend --version
