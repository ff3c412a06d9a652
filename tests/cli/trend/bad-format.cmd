trend --format xlsx
