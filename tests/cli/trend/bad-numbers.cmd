trend --numbers en
