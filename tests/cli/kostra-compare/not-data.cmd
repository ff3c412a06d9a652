# Files that are no data say what they are and what to do, never a CSV
# quoting or encoding error: each in its real shape, made here.
cd "$TMP" || exit 1
printf '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\r\n<html><head><title>404</title></head></html>\r\n' >page.json
printf 'PK\003\004\024\000\006\000[Content_Types].xml' >book.xlsx
printf '\320\317\021\340\241\261\032\341\000\000' >old.xls
printf 'CHARSET="ANSI";\nAXIS-VERSION="2010";\nMATRIX="14216";\n' >table.px
printf '\377\376r\000e\000g\000' >utf16.csv
printf '{"title":"13861: L\303\270nn","variables":[{"code":"Tid","values":["2020"]}]}' >metadata.json
printf '{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],"dimension":{"Region":{"category":{"index":{"5037":0}}},"Tid":{"category":{"index":{"2023":0}}}},"value":[]}' >nodata.json
printf '{"type":"https://tools.ietf.org/html/rfc7231#section-6.5.1","title":"Too many cells selected","status":400}' >error.json
printf '{"codes":[{"code":"0301","name":"Oslo"}]}' >klass.json
for f in page.json book.xlsx old.xls table.px utf16.csv metadata.json nodata.json error.json klass.json; do
	kostra-compare --focus 5037 --ref EKG09 "$f"
	echo "status $?"
done
