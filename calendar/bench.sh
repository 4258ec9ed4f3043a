#!/usr/bin/env sh
# Runs the JMH working-day benchmark of the calendar module. Extra arguments go to JMH.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -pl calendar test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd calendar
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
    WorkingDayBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s "$@"
