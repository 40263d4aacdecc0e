#!/usr/bin/env bash
# Side by side with Vale, on the same real-text articles: newslint with all
# its built-in rules, and Vale running an `existence` style of about 20
# rules (one per class of newslint's English boilerplate lexicon,
# rules/lexicon/en.toml, and seven common editorial word lists, all ignoring
# case, on word boundaries). The two tools run in turn, ROUNDS times each,
# alternating, each run under /usr/bin/time; the script prints every run and, per tool,
# the median wall time, the median CPU time (user + system), files per CPU
# second and per wall second, peak RSS and the number of findings, then the
# ratio of files per CPU second (newslint / Vale). Not part of CI.
#
#   scripts/compare-vale.sh [CORPUS_DIR]     # default: bench/real (2,000 articles)
#   ROUNDS=5 scripts/compare-vale.sh         # more rounds (default 3)
#
# Needs Go, gcc (Vale links tree-sitter through cgo), python3 3.11+ and GNU
# time. Installs Vale (VALE_VERSION, default v3.22.0: the newest release
# whose dependencies the module proxy serves) into a temporary folder if
# `vale` is not on PATH; writes the corpus with benchgen -style real if the
# folder is missing.
set -euo pipefail

corpus=$(realpath -m "${1:-bench/real}")
rounds=${ROUNDS:-3}
vale_version=${VALE_VERSION:-v3.22.0}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v vale >/dev/null; then
  echo "installing Vale $vale_version into $tmp/bin" >&2
  GOBIN="$tmp/bin" go install "github.com/vale-cli/vale/v3/cmd/vale@$vale_version"
  PATH="$tmp/bin:$PATH"
fi
[ -d "$corpus" ] || go -C internal/tools run ./benchgen -style real -n 2000 -out "$corpus"
mkdir -p bench
CGO_ENABLED=0 go build -o bench/newslint ./cmd/newslint

# The Vale style. Lexicon syntax becomes regular expressions: "^" and "$"
# stay anchors (Vale matches them per block, as newslint does), "#" is a
# number, "*" one word, and any punctuation may separate words.
mkdir -p "$tmp/styles/Newslint"
python3 - rules/lexicon/en.toml "$tmp/styles/Newslint" <<'EOF'
import json, re, sys, tomllib
word = r"\w+(?:['’.-]\w+)*"
def token(phrase):
    head = "^" if phrase.startswith("^") else ""
    tail = "$" if phrase.endswith("$") else ""
    words = phrase.strip("^$").split()
    parts = [r"\d+" if w == "#" else word if w == "*" else re.escape(w).replace("'", "['’]") for w in words]
    return head + r"[\W_]+".join(parts) + tail
def rule(name, tokens):
    with open(f"{sys.argv[2]}/{name}.yml", "w") as f:
        f.write(f"extends: existence\nmessage: \"{name}: '%s'\"\nlevel: warning\nignorecase: true\ntokens:\n")
        f.writelines(f"  - {json.dumps(t)}\n" for t in tokens)
lexicon = tomllib.load(open(sys.argv[1], "rb"))
for cls, table in lexicon.items():
    rule(cls, [token(p) for p in table["en"]])
# Seven editorial word lists of the kind Vale styles ship, to make twenty.
extra = {
    "hedging": ["arguably", "it seems that", "it could be said", "to some extent", "more or less", "somewhat", "perhaps", "it appears that"],
    "weasel": ["many people say", "some say", "experts agree", "it is believed", "critics claim", "it has been suggested", "studies show", "sources say"],
    "cliches": ["at the end of the day", "in the wake of", "sent shockwaves", "a perfect storm", "uphill battle", "tip of the iceberg", "game changer", "time will tell", "all eyes are on", "bombshell"],
    "redundancy": ["absolutely essential", "advance warning", "close proximity", "end result", "future plans", "past history", "revert back", "unexpected surprise", "join together", "final outcome"],
    "wordiness": ["in order to", "due to the fact that", "at this point in time", "in the event that", "for the purpose of", "in spite of the fact that", "with regard to", "a number of"],
    "jargon": ["synergy", "leverage", "paradigm shift", "stakeholders", "going forward", "circle back", "deep dive", "best-in-class", "moving the needle"],
    "intensifiers": ["very", "really", "extremely", "incredibly", "totally", "literally", "hugely", "truly"],
}
for name, phrases in extra.items():
    rule(name, [token(p) for p in phrases])
EOF
want=$(( $(grep -c '^\[' rules/lexicon/en.toml) + 7 ))
[ "$(ls "$tmp/styles/Newslint" | wc -l)" -eq "$want" ] || { echo "the Vale style does not have $want rules (one per lexicon class, and seven)" >&2; exit 1; }
cat >"$tmp/.vale.ini" <<EOF
StylesPath = $tmp/styles
MinAlertLevel = suggestion
[*.{md,html,txt}]
BasedOnStyles = Newslint
EOF

# timed NAME ROUND CMD...: one run under /usr/bin/time; appends
# "wall cpu rss" to $tmp/NAME.runs and keeps the JSON output.
timed() {
  local name=$1 round=$2 rc=0
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/$name.json" 2>"$tmp/$name.err" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "$name failed (exit $rc):" >&2; cat "$tmp/$name.err" "$tmp/time" >&2; exit 1; fi
  read -r wall user sys rss < <(tail -1 "$tmp/time")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  echo "$wall $cpu $rss" >>"$tmp/$name.runs"
  printf '%-8s round %d: %6.2f s wall, %6.2f s CPU, %4.0f MB peak RSS\n' "$name" "$round" "$wall" "$cpu" "$((rss / 1024))" >&2
}

files=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' -o -name '*.txt' \) | wc -l)
echo "corpus: $corpus ($files files); $(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "newslint $(git rev-parse --short HEAD), $(go version | cut -d' ' -f3); Vale $(go version -m "$(command -v vale)" | awk '$1 == "mod" {print $3}')" >&2
for round in $(seq "$rounds"); do
  timed newslint "$round" bench/newslint lint --no-config --format json "$corpus"
  timed vale "$round" vale --no-global --config="$tmp/.vale.ini" --glob='*.{md,html,txt}' --output=JSON "$corpus"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
count_newslint() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' <"$1"; }
count_vale() { python3 -c 'import json,sys; print(sum(map(len, json.load(sys.stdin).values())))' <"$1"; }
printf '\n| tool | files | wall s | CPU s | files per CPU s | files per wall s | peak RSS MB | findings |\n|---|---|---|---|---|---|---|---|\n'
declare -A per_cpu
for name in newslint vale; do
  wall=$(cut -d' ' -f1 "$tmp/$name.runs" | median)
  cpu=$(cut -d' ' -f2 "$tmp/$name.runs" | median)
  rss=$(cut -d' ' -f3 "$tmp/$name.runs" | sort -n | tail -1)
  found=$("count_$name" "$tmp/$name.json")
  per_cpu[$name]=$(awk -v f="$files" -v c="$cpu" 'BEGIN {print f / c}')
  awk -v n="$name" -v f="$files" -v w="$wall" -v c="$cpu" -v r="$rss" -v k="$found" \
    'BEGIN {printf "| %s | %d | %.2f | %.2f | %.0f | %.0f | %.0f | %d |\n", n, f, w, c, f / c, f / w, r / 1024, k}'
done
awk -v n="${per_cpu[newslint]}" -v v="${per_cpu[vale]}" \
  'BEGIN {printf "\nfiles per CPU second, newslint / Vale: %.2f× (medians of %d alternating runs each)\n", n / v, '"$rounds"'}'
