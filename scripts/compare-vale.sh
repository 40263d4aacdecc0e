#!/usr/bin/env bash
# Side by side with Vale: lints the same benchmark corpus with newslint (all
# built-in rules) and with Vale v3.22.0 running a style generated from
# newslint's English boilerplate lexicon (rules/lexicon/en.toml: one Vale
# `existence` rule per lexicon class, its phrases as tokens, ignoring case,
# on word boundaries). Each tool runs twice under /usr/bin/time -v and the
# better run is kept: wall time, files/s, user+system CPU, peak RSS, and the
# number of findings in its JSON output. Not part of CI.
#
#   scripts/compare-vale.sh [CORPUS_DIR]     # default: bench/corpus
#
# Needs Go, gcc (Vale links tree-sitter through cgo), python3 3.11+ and GNU
# time. Installs Vale if `vale` is not on PATH; writes the corpus with
# internal/tools/benchgen if the folder is missing.
set -euo pipefail

corpus=$(realpath -m "${1:-bench/corpus}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v vale >/dev/null; then
  echo "installing Vale v3.22.0 into $tmp/bin" >&2
  GOBIN="$tmp/bin" go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0
  PATH="$tmp/bin:$PATH"
fi
[ -d "$corpus" ] || go -C internal/tools run ./benchgen -n 10000 -out "$corpus"
mkdir -p bench
go build -o bench/newslint ./cmd/newslint

# The Vale style: lexicon syntax turned into regular expressions. "^" and "$"
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
for cls, table in tomllib.load(open(sys.argv[1], "rb")).items():
    with open(f"{sys.argv[2]}/{cls}.yml", "w") as f:
        f.write(f"extends: existence\nmessage: \"{cls}: '%s'\"\nlevel: warning\nignorecase: true\ntokens:\n")
        f.writelines(f"  - {json.dumps(token(p))}\n" for p in table["en"])
EOF
cat >"$tmp/.vale.ini" <<EOF
StylesPath = $tmp/styles
MinAlertLevel = suggestion
[*.{md,html,txt}]
BasedOnStyles = Newslint
EOF

# run NAME CMD...: two timed runs, keeps the faster; sets the row for NAME.
declare -A row
run() {
  local name=$1 best="" rc
  shift
  for i in 1 2; do
    rc=0
    /usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/$name.$i.json" 2>"$tmp/$name.err" || rc=$?
    if [ "$rc" -gt 1 ]; then echo "$name failed (exit $rc):" >&2; cat "$tmp/$name.err" >&2; exit 1; fi
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tmp/time")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tmp/time")
    rss=$(awk -F': ' '/Maximum resident/ {print $2 / 1024}' "$tmp/time")
    echo "$name run $i: ${wall}s wall" >&2
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best=$wall
      row[$name]="$wall $cpu $rss $i"
    fi
  done
}

files=$(find "$corpus" -type f \( -name '*.md' -o -name '*.html' -o -name '*.txt' \) | wc -l)
echo "corpus: $corpus ($files files); load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
run newslint bench/newslint lint --format json "$corpus"
run vale vale --no-global --config="$tmp/.vale.ini" --glob='*.{md,html,txt}' --output=JSON "$corpus"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

count_newslint() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))' <"$1"; }
count_vale() { python3 -c 'import json,sys; print(sum(map(len, json.load(sys.stdin).values())))' <"$1"; }
printf '\n| tool | files | wall s | files/s | CPU s | max RSS MB | findings |\n|---|---|---|---|---|---|---|\n'
for name in newslint vale; do
  read -r wall cpu rss i <<<"${row[$name]}"
  found=$("count_$name" "$tmp/$name.$i.json")
  awk -v n="$name" -v f="$files" -v w="$wall" -v c="$cpu" -v r="$rss" -v k="$found" \
    'BEGIN {printf "| %s | %d | %.2f | %.0f | %.2f | %.0f | %d |\n", n, f, w, f / w, c, r, k}'
done
read -r nwall _ <<<"${row[newslint]}"
read -r vwall _ <<<"${row[vale]}"
awk -v n="$nwall" -v v="$vwall" 'BEGIN {printf "\nthroughput newslint / Vale: %.1f×\n", v / n}'
