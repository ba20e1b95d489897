#!/usr/bin/env bash
# Times the local runtime's overhead per node: N nodes running `true` (a DAG chain, and a fan-out all at once)
# against a plain shell loop of /bin/true (sequential, and with & and wait), and the same loop in bubblewrap.
# Usage: bench/local-bench.sh [--smoke]   (200 nodes, best of 3; --smoke: 10 nodes, best of 1)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# test-compile and the classpath in one reactor run: the engine resolves to its target/ directories.
./mvnw -q -B -o -pl local -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="$root/local/target/classes:$root/local/target/test-classes:$(cat local/target/bench.cp)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.local.LocalBench "$@"
