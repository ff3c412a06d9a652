script="$FIXTURES/../docs/examples/kvartalsrapport.sh"
cd "$TMP" && cp -r "$FIXTURES" in && printf 'Tall pr 1. september;2019\nTimer pr uke;5x4\n' > in/trend/regnbuen.csv && mkdir out && echo previous > out/rapport.md && "$script" in out; echo "exit $?"; cat out/rapport.md; ls out
