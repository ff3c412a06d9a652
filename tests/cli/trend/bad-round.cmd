trend --round x
