#!/usr/bin/env bash
# The sameness proof: today's results.jsonl lines, byte for byte, for 200,000 generated records.
#
#   benchmarks/tools/sameness.sh [--record] DIR
#
# DIR (outside the repository: 2 GB of lines) holds the inputs and the reference lines:
#   generated.jsonl   100,000 lines of `strategycheck generate --seed 14` (made on first use, 1% damaged)
#   arbitrary.jsonl   100,000 records from the property tests' RecordArbitraries, seed 14 (made on first use)
#   golden/           the reference lines: <input>-<configuration>.jsonl for every configuration of
#                     rules-drl's golden.ResultLines (every built-in profile, both version choices, every
#                     mode), and cli-audit-generated.jsonl, the real `strategycheck audit` over generated.jsonl
#   current/          the same, from the build at hand
# --record writes golden/ from the build at hand: run it on the commit whose results are the reference.
# Without it the build at hand writes current/ and the run fails on the first file that differs.
# Set MVN_ARGS=-o to build offline.
set -euo pipefail
record=false
if [ "${1:-}" = "--record" ]; then record=true; shift; fi
DIR=${1:?usage: sameness.sh [--record] DIR}
cd "$(dirname "$0")/../.."
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
out=$([ "$record" = true ] && echo golden || echo current)
mkdir -p "$DIR/$out"

mvn -B -q ${MVN_ARGS:-} package -DskipTests -pl rules-examples -am
JAR=$PWD/rules-examples/target/strategycheck.jar
if [ ! -f "$DIR/generated.jsonl" ]; then
    java -jar "$JAR" generate 100000 "$DIR/generated.jsonl" --seed 14
fi

# The CLI itself, with its own reading of the input: lines in input order whatever the threads.
(cd "$DIR" && java -jar "$JAR" audit generated.jsonl --threads 2 --quiet > "$out/cli-audit-generated.jsonl" 2>/dev/null) || true
if [ "$record" = false ]; then
    cmp "$DIR/golden/cli-audit-generated.jsonl" "$DIR/current/cli-audit-generated.jsonl"
fi

mvn -B -q ${MVN_ARGS:-} test -pl rules-drl -am -Dtest=SamenessProofTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsameness.dir="$DIR" -Dsameness.record="$record"
echo "sameness: $( [ "$record" = true ] && echo recorded || echo identical ) lines in $DIR/$out:"
wc -l "$DIR/$out"/*.jsonl | tail -1
