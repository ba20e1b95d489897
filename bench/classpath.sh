# Sourced by the benchmark scripts: compiles MODULE (and what it needs) with its tests, in one reactor run that
# also writes its test classpath (so sibling modules resolve to their target/ directories, no installed
# snapshot needed), and prints MODULE's classes, test classes and that classpath, ':'-separated.
# Usage: cp="$(module_classpath MODULE)"   (from the repository's root)
module_classpath() {
  local module="$1"
  ./mvnw -q -B -o -pl "$module" -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2 \
    || ./mvnw -q -B -pl "$module" -am -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
  echo "$PWD/$module/target/classes:$PWD/$module/target/test-classes:$(cat "$module/target/bench.cp")"
}
