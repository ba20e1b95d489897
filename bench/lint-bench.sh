#!/usr/bin/env bash
# Times `bin/argowf lint` (JVM start included, as a user sees it) on a generated ~5 MB workflow and on a
# billion-laughs alias bomb. Goals: the bomb refused in under 1 s, the 5 MB workflow linted in under 2 s.
# Usage: bench/lint-bench.sh [RUNS]    (default 5; prints the median, min and max wall-clock seconds)
# Extra JVM flags for an experiment: ARGOWF_JAVA_OPTS='-XX:...' bench/lint-bench.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java "$root/engine/src/test/java/io/jenkins/plugins/argoworkflow/engine/bench/LintBenchInputs.java" "$work"
"$root/bin/argowf" --version >/dev/null # builds the jar if needed, outside the timings

# bench FILE EXPECTED_EXIT: runs lint RUNS times, checks the exit code, prints median/min/max seconds.
bench() {
  local file="$1" expected="$2" times=() start end code
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    code=0
    "$root/bin/argowf" lint "$work/$file" >/dev/null 2>"$work/stderr" || code=$?
    end=$(date +%s%N)
    if [ "$code" != "$expected" ]; then
      echo "lint-bench: $file exited $code, expected $expected:" >&2
      cat "$work/stderr" >&2
      exit 1
    fi
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$file" -v size="$(stat -c %s "$work/$file")" '
    { t[NR] = $1 }
    END { printf "%-22s %9.1f kB  median %.3f s  min %.3f s  max %.3f s  (%d runs)\n",
          name, size / 1000, t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000, NR }'
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); ARGOWF_JAVA_OPTS=${ARGOWF_JAVA_OPTS:-}"
bench billion-laughs.yaml 1
bench large-workflow.yaml 0
# Where the 5 MB lint's time goes, with the JIT setting bin/argowf uses for lint.
java -XX:TieredStopAtLevel=1 ${ARGOWF_JAVA_OPTS:-} -cp "$root/cli/target/argowf.jar" \
  "$root/cli/src/test/java/io/jenkins/plugins/argoworkflow/cli/bench/LintPhases.java" "$work/large-workflow.yaml"
