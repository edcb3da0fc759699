#!/usr/bin/env bash
# The whole benchmark suite, one command, about 10 minutes on 2 cores:
#   benchmarks/run.sh
# 1. builds every module with the benchmarks jar (-Pbench) and the CLI's CDS archive (-Pcds);
# 2. runs the JMH suite (-prof gc) into benchmarks/results/jmh.json and jmh.txt;
# 3. runs the CPU-time cross-check (interleaved rounds in one JVM) into cpu-time.txt, and the
#    2-thread scaling cross-check (alternating 1- and 2-thread rounds, parse as control) into thread-scaling.txt;
# 4. times cold starts (benchmarks/cold-start.sh) into cold-start.txt;
# 5. times the batch audit of 60,000 generated records against a parse-only pass over the same
#    lines, 1 and 2 threads, whole processes (benchmarks/batch.sh) into batch.txt;
# 6. writes the ratio tables to summary.md.
# Set MVN_ARGS=-o to build offline. JMH_ARGS overrides the JMH settings (e.g. JMH_ARGS="-f 2").
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/results
mkdir -p "$OUT"
start=$(date +%s)

mvn -B -q ${MVN_ARGS:-} -Pbench,cds package -DskipTests
JAR=benchmarks/target/benchmarks.jar

{ echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
       "$(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } | tee "$OUT/machine.txt"

# shellcheck disable=SC2086
java -jar "$JAR" ${JMH_ARGS:--f 1 -wi 3 -w 2s -i 4 -r 2s} -prof gc -rf json -rff "$OUT/jmh.json" \
    'CheckBenchmark|CoreChecksBenchmark' | tee "$OUT/jmh.txt"
echo "load after JMH: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

java -cp "$JAR" org.strategycheck.benchmarks.CpuTimeRatios 30 | tee "$OUT/cpu-time.txt"

java -cp "$JAR" org.strategycheck.benchmarks.ThreadScaling 16 typical | tee "$OUT/thread-scaling.txt"

benchmarks/cold-start.sh 7 | tee "$OUT/cold-start.txt"

benchmarks/batch.sh 3 60000 | tee "$OUT/batch.txt"

java -cp "$JAR" org.strategycheck.benchmarks.Summary "$OUT/jmh.json" | tee "$OUT/summary.md"
echo "suite took $(( $(date +%s) - start )) s" | tee -a "$OUT/machine.txt"
