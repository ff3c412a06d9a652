# A figure beyond any KOSTRA figure (10^15) is refused with its place, in
# CSV and in JSON-stat, so that no difference, mean or gap can overflow
# (1e308 against -1e308 gave an empty diff_ref and a median of "inf")
printf 'unit,label,period,value\nEKG09,G,2020,5\n5037,L,2020,1e308\n' |
    kostra-compare --focus 5037 --ref EKG09 -
echo "status $?"
printf '{"id":["Region","Tid"],"size":[1,1],"value":[2e15],"dimension":{"Region":{"category":{"index":["5037"]}},"Tid":{"category":{"index":["2020"]}}}}' |
    kostra-compare --focus 5037 --ref 5037 -
