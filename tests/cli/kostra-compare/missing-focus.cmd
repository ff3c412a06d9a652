kostra-compare --ref EKG09 x.json
