#!/usr/bin/env bash
# Runs the engine benchmarks the same way every time. Usage: benchmarks/run.sh [jmh|json|startup|server|all]
# JMH: 2 forks x (5 x 1 s warm-up + 5 x 1 s measurement), -Xms1g -Xmx1g.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
what="${1:-all}"
if [[ "$what" == jmh || "$what" == all ]]; then
  java -Xms1g -Xmx1g -cp "$cp" org.openjdk.jmh.Main EngineBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s -rf json -rff benchmarks/target/jmh-engine.json
fi
if [[ "$what" == json || "$what" == all ]]; then
  java -Xms1g -Xmx1g -cp "$cp" org.openjdk.jmh.Main JsonBatchBenchmark -f 2 -wi 5 -w 1s -i 5 -r 1s -rf json -rff benchmarks/target/jmh-json.json
fi
if [[ "$what" == startup || "$what" == all ]]; then
  for i in 1 2 3 4 5 6 7 8 9 10; do
    /usr/bin/time -f "whole-process-ms=%e max-rss-kb=%M" java -cp "$cp" id.tenggat.bench.StartupProbe 2>&1 | tr '\n' ' '
    echo
  done
fi
if [[ "$what" == server ]]; then
  # The HTTP service as court IT staff run it (the jar, no JVM flags), loaded from a client in another JVM.
  mvn -B -q -ntp -pl examples/server -am package -DskipTests
  port=18090
  java -jar examples/server/target/tenggat-server.jar --port "$port" 2> benchmarks/target/server.log &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/health" > /dev/null; do sleep 1; done
  java -cp "$cp" id.tenggat.bench.ServerLoad "http://127.0.0.1:$port" "${CLIENTS:-4}" "${SECONDS_PER_PHASE:-20}"
fi
