# broken PX files: each refused with its line and what is wrong
cd "$TMP" || exit 1
head='CHARSET="ANSI";\nSTUB="region";\nHEADING="år";\nVALUES("region")="Levanger","Verdal";\nVALUES("år")="2023","2024";\n'
printf "$head"'DATA=\n1 2 3\n;\n' >short.px
printf "$head"'DATA=\n1 2 3 4 5\n;\n' >long.px
printf "$head"'DATA=\n1 2 x 4\n;\n' >cell.px
printf "$head"'DATA=\n1 2 "n/a" 4\n;\n' >symbol.px
printf 'CHARSET="ANSI";\nSTUB="region";\nHEADING="år";\nVALUES("år")="2023";\nDATA=\n1\n;\n' >novalues.px
printf 'CHARSET="ANSI";\nTITLE="Utgifter\n' >quote.px
printf 'CHARSET="ANSI";\nTITLE="x" "y" z;\n' >after.px
printf "$head"'KEYS("region")=VALUES;\nDATA=\n"Frosta",1 2\n;\n' >key.px
printf 'CHARSET="ANSI";\nCODEPAGE="utf-8";\nTITLE="\370";\n' >codepage.px
for f in short long cell symbol novalues quote after key codepage; do
	kostra-compare --dump $f.px; echo "status $?"
done
