#!/usr/bin/env bash
# The batch measurement: `strategycheck audit` of generated records against a parse-only pass
# over the same lines, whole processes (JVM start included), 1 and 2 audit threads.
# The commands run interleaved, one of each per round, median of N rounds (default 3), so that
# a shared machine's changing load falls on all of them alike. Wall-clock and CPU time (user +
# system) of each process are reported. Needs the jars built first (benchmarks/run.sh does it):
#   mvn -B -Pbench package -DskipTests
# Usage: benchmarks/batch.sh [rounds] [records]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
N=${2:-60000}
CLI=rules-examples/target/strategycheck.jar
PARSE_CP="benchmarks/target/classes:$(tr ':' '\n' < benchmarks/target/cold-start.classpath \
    | grep -E '/(rules-core|jackson-(core|databind|annotations))-[^/]*\.jar$' | paste -sd: -)"
for f in "$CLI" benchmarks/target/cold-start.classpath; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B -Pbench package -DskipTests" >&2; exit 2; }
done
WORK=benchmarks/target/batch
mkdir -p "$WORK"
INPUT=$WORK/generated-$N.jsonl
[ -f "$INPUT" ] || java -jar "$CLI" generate "$N" "$INPUT" --seed 1 > /dev/null

names=(parse-only audit-1-thread audit-2-threads)
cmds=(
  "java -cp $PARSE_CP org.strategycheck.benchmarks.ParseBatchMain $INPUT"
  "java -jar $CLI audit $INPUT --threads 1 --quiet --out $WORK/audit-1"
  "java -jar $CLI audit $INPUT --threads 2 --quiet --out $WORK/audit-2"
)
declare -A wall cpu
TIMEFORMAT='%R %U %S'
for ((round = 1; round <= RUNS; round++)); do
  for i in "${!names[@]}"; do
    # audit exits 1 when some records could not be read: the generated file has 1% damaged lines.
    t=$( { time ${cmds[$i]} > /dev/null 2>&1 || [ $? -eq 1 ]; } 2>&1 ) || { echo "failed: ${cmds[$i]}" >&2; exit 1; }
    read -r r u s <<< "$t"
    wall[${names[$i]}]+="$r "
    cpu[${names[$i]}]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
  done
done
cmp -s "$WORK/audit-1/results.jsonl" "$WORK/audit-2/results.jsonl" \
  || { echo "1 and 2 threads wrote different results" >&2; exit 1; }

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A w c
echo "# batch, $N generated records (seed 1, 1% damaged), $RUNS rounds, interleaved; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %9s %9s   %s\n' command wall_s cpu_s "all runs: wall (cpu)"
for n in "${names[@]}"; do
  w[$n]=$(echo "${wall[$n]}" | median)
  c[$n]=$(echo "${cpu[$n]}" | median)
  printf '%-16s %9s %9s   %s (%s)\n' "$n" "${w[$n]}" "${c[$n]}" "${wall[$n]}" "${cpu[$n]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "audit 1 thread / parse-only, throughput (wall)   $(ratio "${w[parse-only]}" "${w[audit-1-thread]}")   (target >= 0.5)"
echo "audit 1 thread / parse-only, throughput (CPU)    $(ratio "${c[parse-only]}" "${c[audit-1-thread]}")"
echo "audit 2 threads / 1 thread, throughput (wall)    $(ratio "${w[audit-1-thread]}" "${w[audit-2-threads]}")   (target >= 1.7)"
