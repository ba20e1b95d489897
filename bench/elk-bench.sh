#!/usr/bin/env bash
# Measures the Eclipse Layout Kernel's layered algorithm against ui's own LayeredLayout on the same graphs,
# and the size of ELK with its dependencies (what the .hpi would bundle). ELK is resolved from Maven Central
# with bench/elk/pom.xml, outside the project's build.
# Usage: bench/elk-bench.sh [ROUNDS]   (default 3; best round after a warm-up)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -o -pl ui -am -DskipTests compile 2>/dev/null || ./mvnw -q -B -pl ui -am -DskipTests compile
elk="$(./mvnw -q -B -f bench/elk/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ELK 0.10.0 with its dependencies: $(echo "$elk" | tr ':' '\n' | xargs du -cb | tail -1 | cut -f1) bytes in" \
  "$(echo "$elk" | tr ':' '\n' | wc -l) jars; without Guava (Jenkins has one):" \
  "$(echo "$elk" | tr ':' '\n' | grep -v guava | xargs du -cb | tail -1 | cut -f1) bytes"
echo "ui's LayeredLayout: $(du -cb ui/target/classes/io/jenkins/plugins/argoworkflow/ui/graph/LayeredLayout*.class | tail -1 | cut -f1) bytes of classes"
java -Xmx3g -cp "$root/ui/target/classes:$elk" bench/elk/ElkBench.java "${1:-3}"
