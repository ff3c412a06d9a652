# SSB's K-Rest (the rest of divided municipalities, and the unknown) is a
# code with its label, as K-3001 Halden is.
printf '"region";"Persons 2021"\n"K-3001 Halden";31444\n"K-Rest Divided municipalities and unknown";0\n' |
    kostra-compare --dump -
