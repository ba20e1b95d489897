#!/usr/bin/env bash
# Runs every benchmark of issue 9 one after the other: engine (instant runtime), Kubernetes (mock API server and
# kubelet simulator), local runtime (against a shell loop) and the graph page (layout in Java, page in headless
# Chromium), then prints a summary. Each section starts with the date and the load average: the figures of a
# shared machine are only worth as much as its load.
# Usage: bench/run-all.sh [--smoke]   (--smoke: small sizes, one round, seconds each; what CI runs as
# *BenchSmokeTest in ./mvnw verify)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
smoke=()
rounds=3
if [ "${1:-}" = "--smoke" ]; then
  smoke=(--smoke)
  rounds=1
fi
log="$(mktemp -t argowf-bench-XXXXXX.txt)"
section() {
  echo "== $1 at $(date -u +%FT%TZ), $(uptime | sed 's/.*load average/load average/')" | tee -a "$log"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)" | tee -a "$log"
section engine
bench/engine-bench.sh "$rounds" "${smoke[@]}" 2>&1 | tee -a "$log"
section kubernetes
bench/k8s-bench.sh "${smoke[@]}" 2>&1 | grep -v -e '^INFO: MockWebServer' -e 'MockWebServer info$' | tee -a "$log"
section local
bench/local-bench.sh "${smoke[@]}" 2>&1 | tee -a "$log"
section ui
bench/ui-bench.sh "$rounds" "${smoke[@]}" 2>&1 | tee -a "$log"
section end
echo
echo "== summary (whole output in $log)"
grep -E -e '^== ' -e '^(fan-out|chain|layered) ' -e 'pods/s|per leaf|dependency finished' -e 'x true' \
  -e 'DAG chain|layered DAG|first load' "$log"
