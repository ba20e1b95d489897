#!/usr/bin/env bash
# Times the Kubernetes runtime against fabric8's mock API server and the kubelet simulator: pods created and
# completed per second (a fan-out of 1,000 pods), API requests per leaf node, and the delay from a dependency's
# finished report to the dependent pod's create request in a DAG chain of 200 (median, p99).
# Usage: bench/k8s-bench.sh [--smoke]   (--smoke: 20 pods and a chain of 10)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. bench/classpath.sh
cp="$(module_classpath kubernetes)"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java -Xmx2g -cp "$cp" io.jenkins.plugins.argoworkflow.kubernetes.KubeBench "$@"
