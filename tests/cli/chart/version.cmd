chart --version
