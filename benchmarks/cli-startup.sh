#!/usr/bin/env bash
# One case through the command-line tool against a hello-world JVM, side by side in the same hyperfine run, so that
# the ratio holds whatever else the machine is doing. Each extra argument is another way of starting the tool, e.g.
# the launcher script next to the jar. Prints the machine's load before and after.
# Usage: benchmarks/cli-startup.sh [JAR] [LAUNCHER...]   (JAR defaults to examples/cli/target/tenggat-cli.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-examples/cli/target/tenggat-cli.jar}"; shift || true
hello="$(mktemp -d)"
trap 'rm -rf "$hello"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
javac -d "$hello" "$hello/Hello.java"
one_case="deadlines --as-of 2025-03-21 examples/cli/samples/perdata-banding.json"
commands=("java -cp $hello Hello" "java -jar $jar $one_case")
for launcher in "$@"; do
  commands+=("$launcher $one_case")
done
uptime
hyperfine -N --warmup "${WARMUP:-2}" --runs "${RUNS:-10}" --export-json "${EXPORT:-/dev/null}" "${commands[@]}"
uptime
