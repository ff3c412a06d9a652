trend --delimiter x
