iplos-sum --help
