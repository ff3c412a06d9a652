trend --format xls
