#!/usr/bin/env bash
# Runs every fuzz target in the module for a bounded time each.
#
#   scripts/fuzz.sh            # 10s per target (what CI runs)
#   scripts/fuzz.sh 10m        # the long run documented in docs/fuzzing.md
#   scripts/fuzz.sh 2m FuzzHTML  # only the targets whose name matches
#
# Crashers are written by `go test` to <package>/testdata/fuzz/<Target>/ and
# must be committed there: they then run as regression cases in `go test`.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-10s}
match=${2:-.}
status=0
while IFS=: read -r file target; do
	[[ $target =~ $match ]] || continue
	pkg=./$(dirname "$file")
	echo "== $pkg $target ($time)"
	if out=$(go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$time" -parallel "${FUZZ_PARALLEL:-1}" 2>&1); then
		echo "$out" | tail -n 4
	elif [[ $out == *"context deadline exceeded"* && $out != *"Failing input"* ]]; then
		# On a busy machine the seed corpus alone can outlast a short
		# -fuzztime; that finds nothing, so run the target once more with
		# twice the time before calling it a failure.
		again=$time
		if [[ $time =~ ^([0-9]+)s$ ]]; then again="$((BASH_REMATCH[1] * 2))s"; fi
		echo "$out" | tail -n 2
		echo "(the seed corpus outlasted $time; once more for $again)"
		if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$again" -parallel "${FUZZ_PARALLEL:-1}" 2>&1 | tail -n 4; then
			status=1
		fi
	else
		echo "$out" | tail -n 4
		status=1
	fi
done < <(grep -rhoE --include='*_test.go' -H '^func (Fuzz[A-Za-z0-9_]+)' . | sed -E 's/^\.\///; s/:func /:/' | sort)
exit $status
