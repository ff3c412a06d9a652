# issue 18's third attack: five rows of one person were published as 5; they are one person now, and suppressed
[ -d "$SHARED/cases/robustness" ] || { echo 'no ../shared' >&2; exit 77; }; iplos-sum --during 2024 --measure waiting-days --public --only Hjemmesykepleie "$SHARED/cases/robustness/iplos-started-before-decision-5rows-1person.csv" | grep started-before
