#!/usr/bin/env bash
# Times recovery from a journal: a run of N leaves (fan-out and layered DAG) journaled with the instant
# runtime, then the journal read and replayed from its first line as `argowf recover` does.
# Usage: bench/replay-bench.sh [LEAVES] [ROUNDS]   (default 10000 leaves, best of 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. bench/classpath.sh
cp="$(module_classpath engine)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.engine.bench.ReplayBench "${@}"
