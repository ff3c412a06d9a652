kostra-compare --version
