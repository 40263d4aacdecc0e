#!/usr/bin/env bash
# Start-up cost of `newslint lint` on one short article: the process's wall
# time and CPU time (user + system, from getrusage, to the microsecond where
# /usr/bin/time gives hundredths), RUNS runs of each binary in turn, medians
# printed. Compare two builds by naming both; with none, builds this tree.
#
#   scripts/startup-time.sh [ARTICLE] [BINARY...]
#   RUNS=51 scripts/startup-time.sh testdata/consistency/clean-2019-britain.md /tmp/old /tmp/new
#
# Needs Go and python3. Not part of CI: it measures seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-testdata/consistency/clean-2019-britain.md}
shift || true
if [ $# -eq 0 ]; then
  mkdir -p bench
  CGO_ENABLED=0 go build -o bench/newslint ./cmd/newslint
  set -- bench/newslint
fi
RUNS=${RUNS:-31} python3 - "$article" "$@" <<'EOF'
import os, resource, statistics, subprocess, sys, time
article, bins = sys.argv[1], sys.argv[2:]
runs = {b: [] for b in bins}
for _ in range(int(os.environ["RUNS"])):
    for b in bins:  # in turn, so that load on the machine falls on each alike
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([b, "lint", "--no-config", article], stdout=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        runs[b].append((wall, cpu))
print(f"{article}, {len(runs[bins[0]])} runs each, load average {os.getloadavg()[0]:.2f}")
for b, r in runs.items():
    print(f"{b}: wall {statistics.median(w for w, _ in r) * 1000:.1f} ms, CPU {statistics.median(c for _, c in r) * 1000:.1f} ms (medians)")
EOF
