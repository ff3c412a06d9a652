#!/bin/sh
# The reproducers of issue 18 (in ../shared/cases/robustness) and the
# Levanger fixture, each run with and without --public and audited by
# disclosure_check.py: no suppressed cell computable from the published
# ones, no small count of persons published; and no person id in any
# output or message when columns are mapped wrong.  Reproducers skip
# without ../shared; the fixture's cases always run.
#
# usage: disclosure-cases.sh IPLOS_SUM TESTS_DIR FIXTURES SHARED

sum=$1 tests=$2 fixtures=$3 shared=$4
cases=$shared/cases/robustness
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
"$sum" --print-map >"$tmp/map.csv" || exit 99
failed=0 n=0

# check NAME MAP FILE ARGS...: audit the public table of FILE
check() {
	name=$1 map=$2 file=$3
	shift 3
	n=$((n + 1))
	if ! "$sum" "$@" "$file" >"$tmp/plain.csv" 2>"$tmp/err" ||
	    ! "$sum" "$@" --public --audit "$file" >"$tmp/public.csv" \
	    2>"$tmp/audit"; then
		echo "not ok $n - $name: iplos-sum failed"
		sed 's/^/# /' "$tmp/err" "$tmp/audit"
		failed=1
		return
	fi
	if ! grep -q 'combination of published cells gives: 0$' "$tmp/audit" ||
	    grep -q 'GIVEN BY' "$tmp/audit"; then
		echo "not ok $n - $name: iplos-sum's own audit found a cell"
		failed=1
	fi
	if python3 "$tests/disclosure_check.py" --map "$map" --plain \
	    "$tmp/plain.csv" "$tmp/public.csv" >"$tmp/check"; then
		echo "ok $n - $name: $(tail -n 1 "$tmp/check")"
	else
		echo "not ok $n - $name"
		sed 's/^/# /' "$tmp/check"
		failed=1
	fi
}

# noid NAME FILE ARGS...: a wrong mapping names no person anywhere
noid() {
	name=$1 file=$2
	shift 2
	n=$((n + 1))
	"$sum" "$@" "$file" >"$tmp/out" 2>"$tmp/err"
	if grep -q 'PAS-' "$tmp/out" "$tmp/err"; then
		echo "not ok $n - $name: a person id in the output or a message"
		failed=1
	elif [ -s "$tmp/out" ]; then
		echo "not ok $n - $name: a table written"
		failed=1
	else
		echo "ok $n - $name: $(tail -n 1 "$tmp/err")"
	fi
}

lev="--map $fixtures/iplos/levanger-kategorier.csv"
check levanger-3d "$fixtures/iplos/levanger-kategorier.csv" \
    "$fixtures/iplos/levanger.csv" $lev --on 2022-09-13 \
    --by age-group,sex,district
check levanger-3d-stays-and-waiting "$fixtures/iplos/levanger-kategorier.csv" \
    "$fixtures/iplos/levanger.csv" $lev --during 2024 \
    --measure recipients,bed-days,waiting-days --by age-group,sex,district
check levanger-hours-users "$fixtures/iplos/levanger-kategorier.csv" \
    "$fixtures/iplos/levanger.csv" $lev --on 2024-06-30 \
    --measure recipients,hours,users,waiting --by sex,district

if [ -d "$cases" ]; then
	check category-difference-hours "$tmp/map.csv" \
	    "$cases/iplos-suppress-category-difference-hours.csv" \
	    --on 2024-06-30 --measure recipients,hours,users
	check category-difference-bed-days "$tmp/map.csv" \
	    "$cases/iplos-suppress-category-difference-bed-days.csv" \
	    --during 2024 --measure recipients,bed-days
	check 2d-recoverable-greedy "$tmp/map.csv" \
	    "$cases/iplos-suppress-2d-recoverable-greedy.csv" \
	    --on 2024-12-31 --by age-group,district --only Hjemmesykepleie
	check 2d-recoverable-dumbbell "$tmp/map.csv" \
	    "$cases/iplos-suppress-2d-recoverable-dumbbell.csv" \
	    --on 2024-06-30 --by age-group,district --only Hjemmesykepleie
	check started-before-decision "$tmp/map.csv" \
	    "$cases/iplos-started-before-decision-5rows-1person.csv" \
	    --during 2024 --measure waiting-days
	noid id-leak-service-is-person \
	    "$cases/iplos-id-leak-columns.csv" --on 2024-06-30 --public \
	    --columns person_id=Tjeneste,birth_year=Fodt,sex=Kjonn,district=Sone,service=Pasient,start_date=Fra,end_date=Til,decision_date=Vedtak,hours_per_week=Timer
	noid id-leak-district-is-person \
	    "$cases/iplos-id-leak-columns.csv" --on 2024-06-30 --public \
	    --by district \
	    --columns person_id=Pasient,birth_year=Fodt,sex=Kjonn,district=Pasient,service=Tjeneste,start_date=Fra,end_date=Til,decision_date=Vedtak,hours_per_week=Timer
	noid id-leak-district-another-column \
	    "$cases/iplos-id-leak-columns.csv" --on 2024-06-30 --public \
	    --by district \
	    --columns person_id=Sone,birth_year=Fodt,sex=Kjonn,district=Pasient,service=Tjeneste,start_date=Fra,end_date=Til,decision_date=Vedtak,hours_per_week=Timer
else
	echo "# no $cases: the reproducers are skipped"
fi
echo "1..$n"
exit $failed
