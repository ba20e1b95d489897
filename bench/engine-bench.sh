#!/usr/bin/env bash
# Times the engine's scheduling with the instant runtime: fan-out, DAG chain and 100x100 layered DAG, at
# 1,000 and 10,000 nodes. Prints time per node, the 10,000/1,000 ratio and heap per finished node.
# Usage: bench/engine-bench.sh [ROUNDS] [--smoke]   (default 5: best of ROUNDS at 10,000 nodes, of 20xROUNDS at
# 1,000; --smoke: 100 and 1,000 nodes)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. bench/classpath.sh
cp="$(module_classpath engine)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.engine.bench.EngineBench "${@:-5}"
