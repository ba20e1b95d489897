#!/usr/bin/env bash
# Times the local runtime's overhead per node: N nodes running `true` (a DAG chain, and a fan-out all at once)
# against a plain shell loop of /bin/true (sequential, and with & and wait), and the same loop in bubblewrap.
# Usage: bench/local-bench.sh [--smoke]   (200 nodes, best of 3; --smoke: 10 nodes, best of 1)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. bench/classpath.sh
cp="$(module_classpath local)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.local.LocalBench "$@"
