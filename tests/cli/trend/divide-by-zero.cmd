trend --divide 0
