cd "$FIXTURES/chart" && chart --script --title "\`touch pwned-title\` system('x') it's" hostile.csv
