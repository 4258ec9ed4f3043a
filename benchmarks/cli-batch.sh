#!/usr/bin/env bash
# Cases per second for JSON Lines through the command-line tool, JVM start included, for one or more jars side by
# side in the same run (e.g. the previous release and a new build), with hyperfine. The cases are generated on the
# fly into a pipe (benchmarks/jsonl-cases.awk), never stored; answers go to /dev/null.
# Usage: benchmarks/cli-batch.sh CASES JAR [JAR...]
#   e.g. RUNS=5 benchmarks/cli-batch.sh 100000 /tmp/tenggat-cli-before.jar examples/cli/target/tenggat-cli.jar
# Cases per second = CASES / the mean time hyperfine prints for each jar.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="$1"; shift
commands=()
for jar in "$@"; do
  commands+=("awk -v n=$cases -f benchmarks/jsonl-cases.awk | java ${JAVA_OPTS:-} -jar $jar deadlines --as-of 2025-12-31 > /dev/null")
done
hyperfine --warmup "${WARMUP:-1}" --runs "${RUNS:-3}" "${commands[@]}"
