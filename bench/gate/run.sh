#!/usr/bin/env bash
# Disclosure gate benchmark (issue #10): files/s and MiB/s inspecting and cleaning a generated mixed corpus of
# office files, then a large workbook on its own, with the heap peak and the process's peak resident memory.
# Not a timed test: it prints figures.
#
#   bench/gate/run.sh [FILES [ROWS]]      # defaults: 400 files, a 100000-row workbook
#
# The JVM gets -Xmx256m (override with JAVA_OPTS): a workbook read whole would not fit, so finishing at all
# shows the large workbook is streamed. Needs Java 17 and Maven with the project's dependencies cached.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
FILES=${1:-400}
ROWS=${2:-100000}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

cd "$REPO"
mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/gate-bench.classpath >/dev/null
CLASSPATH="target/classes:target/test-classes:$(cat target/gate-bench.classpath)"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak resident memory: %M KiB" java $JAVA_OPTS -cp "$CLASSPATH" \
    org.rightsdesk.gate.GateBenchmark "$FILES" "$ROWS" 2> >(grep -v "Commons Logging" >&2)
else
  java $JAVA_OPTS -cp "$CLASSPATH" org.rightsdesk.gate.GateBenchmark "$FILES" "$ROWS"
fi
