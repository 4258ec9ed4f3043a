#!/usr/bin/env bash
# Checks that two builds of the command-line tool answer byte for byte the same: every sample of examples/cli/samples
# run the way the README runs it, and every case of the rule corpus (rules-drl/src/test/resources/cases, all its cases
# as one JSON Lines batch), in JSON and in text, both languages. Prints the differences; exits 1
# if there are any. Usage: benchmarks/same-output.sh BEFORE.jar AFTER.jar   (e.g. a jar of the previous commit, kept
# aside, against examples/cli/target/tenggat-cli.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; after="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
samples=examples/cli/samples
runs=(
  "deadlines --as-of 2025-03-21 $samples/perdata-banding.json"
  "deadlines --as-of 2025-03-21 --format text $samples/perdata-banding.json"
  "deadlines --as-of 2025-03-21 --format text --lang en $samples/perdata-banding.json"
  "deadlines --as-of 2025-03-21 $samples/pidana-kasasi.json"
  "deadlines --as-of 2026-12-30 --law-values $samples/nilai-hukum-contoh.json $samples/pidana-kuhap-2025.json"
  "deadlines --as-of 2025-03-21 $samples/batch.jsonl"
  "deadlines --as-of 2025-03-21 --format text --lang en $samples/batch.jsonl"
  "check $samples/batch.jsonl"
  "calendar --from 2025-03-28 --to 2025-04-08 --court PN_Jepara"
  "calendar diff embedded $samples/idul-fitri-2027-amendment.json"
  "rules"
)
# The corpus: every case of every instrument in one JSON Lines batch, answered on one day (a check of sameness, not
# of the corpus's expected answers: CaseCorpusTest checks those).
python3 - "$work/corpus.jsonl" rules-drl/src/test/resources/cases/*.json <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for f in sys.argv[2:]:
        out.writelines(json.dumps(case["input"], ensure_ascii=False) + "\n" for case in json.load(open(f)))
PY
runs+=("deadlines --as-of 2025-03-21 $work/corpus.jsonl" "deadlines --as-of 2026-12-30 --format text --lang en $work/corpus.jsonl")
different=0
for run in "${runs[@]}"; do
  args="${run//PN_Jepara/PN\ Jepara}"
  # shellcheck disable=SC2086
  eval "java -jar $before $args" > "$work/before" 2>&1 || echo "exit $?" >> "$work/before"
  eval "java -jar $after $args" > "$work/after" 2>&1 || echo "exit $?" >> "$work/after"
  if cmp -s "$work/before" "$work/after"; then
    echo "same  ($(wc -c < "$work/after") bytes): $run"
  else
    echo "DIFFERENT: $run"; diff "$work/before" "$work/after" | head -20; different=1
  fi
done
exit "$different"
