trend --as x --multiply 2
