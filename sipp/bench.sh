#!/usr/bin/env bash
# A run over a generated court of N cases (default 50,000) on the MariaDB server at 127.0.0.1:3306 (root, empty
# password): time and peak heap, with -Xmx256m to show that memory stays bounded. Usage: sipp/bench.sh [cases]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl sipp -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/classpath.txt
cp="sipp/target/test-classes:sipp/target/classes:$(cat sipp/target/classpath.txt)"
java -Xmx256m -cp "$cp" id.tenggat.sipp.SippCourtBenchmark "${1:-50000}"
