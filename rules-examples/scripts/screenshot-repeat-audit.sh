#!/usr/bin/env bash
# The README's repeat-audit walk-through on generated records, and screenshots of compare.html and
# agreement.html in headless Chromium, to look at them as a QA lead would. Not part of the test
# suite: it needs Chromium (Debian: apt-get install -y chromium), python3 and a built jar
# (mvn -B -q package -DskipTests at the project root).
#
#   rules-examples/scripts/screenshot-repeat-audit.sh [OUTPUT_DIR]
#
# Default output: docs/compare.png and docs/agreement.png. The generated records stand in for two
# years of exports; a dozen of last year's are "corrected" (every action given a named owner and
# a due date) and re-exported with this year's, so the comparison has records in both rounds. The
# auditors are simulated for the screenshot only: they take the record's grade and check results,
# change a grade by one step in a quarter of records and a check in a tenth. Real auditors judge
# the records themselves, blind to the grade.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
docs="${1:-$root/docs}"
jar="$root/rules-examples/target/strategycheck.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium_bin" ] || { echo "Chromium is not installed (Debian: apt-get install -y chromium)" >&2; exit 2; }
sc() { java -jar "$jar" "$@"; }

work="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$work" "$profile"' EXIT
cd "$work"

sc generate 3000 exports.jsonl --seed 11 --broken 1 >/dev/null
grep '"heldAt":"2022-' exports.jsonl > 2022.jsonl
grep '"heldAt":"2023-' exports.jsonl > 2023.jsonl
python3 - <<'PY'
import json
corrected = []
for line in open("2022.jsonl", encoding="utf-8"):
    try:
        record = json.loads(line)
    except ValueError:
        continue
    actions = record.get("actions") or []
    if record.get("status") == "FINAL" and any(not (a.get("owner") or {}).get("name") for a in actions):
        for a in actions:
            a.setdefault("owner", {})["name"] = "Named professional"
            a.setdefault("dueBy", "2023-01-31")
        corrected.append(json.dumps(record))
    if len(corrected) == 12:
        break
with open("2023.jsonl", "a", encoding="utf-8") as out:
    out.write("\n".join(corrected) + "\n")
PY

sc audit 2022.jsonl --out audit-2022 -q >/dev/null || [ $? -eq 1 ]
sc audit 2023.jsonl --out audit-2023 -q >/dev/null || [ $? -eq 1 ]
sc compare audit-2022 audit-2023 --out compare-2023
sc sample audit-2023 --size 16 --seed 20240115 --stratify partnership --from 2023-09-01 --to 2023-12-31 --out dip
python3 - <<'PY'
import csv, json, random
results = open("audit-2023/results.jsonl", encoding="utf-8").read().split("\n")
names = {"GOOD": "Good", "REQUIRES_IMPROVEMENT": "Requires improvement", "INADEQUATE": "Inadequate"}
order = list(names)
rnd = random.Random(3)
rows = list(csv.reader(open("dip/sample.csv", encoding="utf-8", newline="")))
filled = [rows[0] + ["notes"]]
for row in rows[1:]:
    result = json.loads(results[int(row[1]) - 1])
    grade = result["grade"]
    if rnd.random() < 0.25:
        grade = order[min(2, max(0, order.index(grade) + rnd.choice([-1, 1])))]
    row[5] = names[grade]
    failed = {f["ruleId"] for f in result["findings"]}
    for c in range(6, len(rows[0])):
        met = rows[0][c] in result["passed"]
        if met or rows[0][c] in failed:
            row[c] = "met" if met != (rnd.random() < 0.1) else "not met"
    filled.append(row + ["discussed at the QA panel"])
csv.writer(open("dip/filled.csv", "w", encoding="utf-8", newline="")).writerows(filled)
PY
sc agreement dip/filled.csv audit-2023 --out agreement

mkdir -p "$docs"
shoot() {
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --screenshot="$2" \
    --window-size="${WINDOW_SIZE:-1280,2000}" "file://$work/$1" 2>/dev/null
  echo "wrote $2"
}
shoot compare-2023/compare.html "$docs/compare.png"
shoot agreement/agreement.html "$docs/agreement.png"
