iplos-sum --version
