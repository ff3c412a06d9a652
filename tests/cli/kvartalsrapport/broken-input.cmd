script="$FIXTURES/../docs/examples/kvartalsrapport.sh"
cd "$TMP" && cp -r "$FIXTURES" in && head -c 900 "$FIXTURES/kostra/12362-pleie-og-omsorg.json" > in/kostra/12362-pleie-og-omsorg.json && mkdir out && echo previous > out/rapport.md && "$script" in out; echo "exit $?"; cat out/rapport.md; ls out
