#!/usr/bin/env bash
# The command-line tool on generated JSON Lines batches of growing size (benchmarks/jsonl-cases.awk, read from a
# file), with the heap capped: per size the wall time (JVM start included), cases per second and the process's largest
# resident memory. Flat memory means the peak does not grow with the batch. Also counts the answers without errors,
# which must be every case. Usage: benchmarks/cli-memory.sh JAR N [N...]   (JAVA_OPTS defaults to -Xmx256m)
#   e.g. benchmarks/cli-memory.sh examples/cli/target/tenggat-cli.jar 10000 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$1"; shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in "$@"; do
  awk -v n="$n" -f benchmarks/jsonl-cases.awk > "$work/cases.jsonl"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$work/time" java ${JAVA_OPTS:--Xmx256m} -jar "$jar" deadlines --as-of 2025-12-31 \
    "$work/cases.jsonl" | grep -c '"errors":\[\]' > "$work/clean" || true
  read -r seconds rss < "$work/time"
  echo "$n cases: ${seconds} s, $(awk -v n="$n" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') cases/s," \
    "max RSS $((rss / 1024)) MiB, $(cat "$work/clean") answers without errors (load $(cut -d' ' -f1 /proc/loadavg))"
done
