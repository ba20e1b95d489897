#!/usr/bin/env bash
# Times the graph page: the JSON view (graph, layered layout, JSON) in Java at 1,000 and 10,000 nodes, and a
# page's load and first draw in Debian's headless Chromium (runs through the engine, instant runtime).
# Usage: bench/ui-bench.sh [ROUNDS] [--smoke]   (default 5; Java: best round after a warm-up; page: median of ROUNDS
# loads after a first one that computes the view)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -o -pl ui -am -DskipTests test-compile 2>/dev/null || ./mvnw -q -B -pl ui -am -DskipTests test-compile
# ui's libraries are the engine's (Jackson) plus the same test libraries: the engine's classpath serves both,
# and needs no installed snapshot of the engine.
deps="$(./mvnw -q -B -o -pl engine dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
cp="$root/ui/target/classes:$root/ui/target/test-classes:$root/engine/target/classes:$root/engine/target/test-classes:$deps"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); chromium: $(/usr/bin/chromium --version 2>/dev/null | tail -1)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.ui.bench.UiBench "${@:-5}"
