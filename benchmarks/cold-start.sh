#!/usr/bin/env bash
# Cold start to first verdict: whole processes, timed wall-clock, median of N runs (default 7).
# The commands run interleaved (one of each per round) so that a shared machine's changing load
# falls on all of them alike. Needs the jars built first (benchmarks/run.sh does it):
#   mvn -B -Pbench,cds package -DskipTests
# Usage: benchmarks/cold-start.sh [runs] [sample]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
SAMPLE=${2:-rules-examples/samples/school-nurse-not-school.json}
CLI=rules-examples/target/strategycheck.jar
JSA=rules-examples/target/strategycheck.jsa
CP="benchmarks/target/classes:$(cat benchmarks/target/cold-start.classpath)"
# The parse-only program gets only what it needs: the record model and Jackson.
PARSE_CP="benchmarks/target/classes:$(tr ':' '\n' < benchmarks/target/cold-start.classpath \
    | grep -E '/(rules-core|jackson-(core|databind|annotations))-[^/]*\.jar$' | paste -sd: -)"
for f in "$CLI" benchmarks/target/cold-start.classpath; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B -Pbench,cds package -DskipTests" >&2; exit 2; }
done

names=(parse-only cli cli-cds runtime-drl)
cmds=(
  "java -cp $PARSE_CP org.strategycheck.benchmarks.ParseOnlyMain $SAMPLE"
  "java -jar $CLI check $SAMPLE"
  "java -XX:SharedArchiveFile=$JSA -Xlog:cds=off -Xlog:cds+dynamic=off -jar $CLI check $SAMPLE"
  "java -cp $CP org.strategycheck.drl.internal.RuntimeDrlMain $SAMPLE"
)
[ -f "$JSA" ] || { echo "no $JSA (build with -Pcds): cli-cds runs without an archive" >&2; }

declare -A times
for ((round = 1; round <= RUNS; round++)); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    ${cmds[$i]} > /dev/null 2>&1 || { echo "failed: ${cmds[$i]}" >&2; exit 1; }
    end=$(date +%s%N)
    times[${names[$i]}]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
echo "# cold start, $RUNS runs each, interleaved; sample $SAMPLE; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %10s   %s\n' command median_ms "all runs (ms)"
for n in "${names[@]}"; do
  med[$n]=$(echo "${times[$n]}" | median)
  printf '%-12s %10s   %s\n' "$n" "${med[$n]}" "${times[$n]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "cli/parse-only      $(ratio "${med[cli]}" "${med[parse-only]}")   (target <= 5)"
echo "cli-cds/parse-only  $(ratio "${med[cli-cds]}" "${med[parse-only]}")   (target <= 5)"
echo "runtime-drl/cli     $(ratio "${med[runtime-drl]}" "${med[cli]}")   (target >= 3)"
echo "runtime-drl/cli-cds $(ratio "${med[runtime-drl]}" "${med[cli-cds]}")   (target >= 3)"
