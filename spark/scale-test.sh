#!/usr/bin/env bash
# Scale test of the Spark job in local mode: documents/second against executor cores (local[1], local[2]).
# Each core count runs over SMALL and LARGE synthetic documents (recombined from gold/docs; defaults 500 and 2500);
# the marginal rate (LARGE - SMALL) / (t_LARGE - t_SMALL) is the steady throughput with the fixed costs of a job
# (JVM, Spark session, pipeline loading, query planning) taken out. For comparison the plain run command goes over
# the LARGE documents as files with one and two threads. t is the job's own wall time (run.json "seconds") for
# Spark, the process's wall time for run. The Spark jobs' run.json files hold the rest (per-phase times, CPU rates).
# Build first: mvn -q -DskipTests install && mvn -q -f spark/pom.xml -DskipTests package
# Usage: spark/scale-test.sh [SMALL] [LARGE] [WORK_DIR]      (WORK_DIR default: /tmp/studydraft-scale)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
small="${1:-500}"
large="${2:-2500}"
work="${3:-/tmp/studydraft-scale}"
sd="$root/spark/bin/studydraft-spark"
mkdir -p "$work"
for n in "$small" "$large"; do
  [ -f "$work/syn-$n.jsonl" ] || "$sd" generate -n "$n" --out "$work/syn-$n.jsonl" >/dev/null 2>&1
done
[ -d "$work/syn-$large" ] || "$sd" generate -n "$large" --out "$work/syn-$large" >/dev/null 2>&1

seconds() { sed -n 's/^ *"seconds" : \([0-9.]*\).*/\1/p' "$1/run.json" | head -1; }
cpu_rate() { sed -n 's/^ *"documents_per_cpu_second" : \([0-9.]*\).*/\1/p' "$1/run.json"; }

echo "# $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-15s %8s %10s %10s %14s %16s %12s\n" mode docs "s(small)" "s(large)" "docs/s(large)" "marginal docs/s" "per CPU-s"
for cores in 1 2; do
  for n in "$small" "$large"; do
    "$sd" spark --in "$work/syn-$n.jsonl" --out "$work/spark-local$cores-$n" --master "local[$cores]" >/dev/null 2>&1
  done
  ts=$(seconds "$work/spark-local$cores-$small")
  tl=$(seconds "$work/spark-local$cores-$large")
  awk -v m="local[$cores]" -v s="$small" -v l="$large" -v ts="$ts" -v tl="$tl" -v c="$(cpu_rate "$work/spark-local$cores-$large")" \
    'BEGIN { printf "%-15s %8d %10.1f %10.1f %14.1f %16.1f %12.1f\n", m, l, ts, tl, l / tl, (l - s) / (tl - ts), c }'
done
for threads in 1 2; do
  t0=$(date +%s.%N)
  java -jar "$root/target/studydraft.jar" run --in "$work/syn-$large" --out "$work/run-$threads" --force --quiet --threads "$threads" >/dev/null
  t1=$(date +%s.%N)
  awk -v m="run --threads $threads" -v l="$large" -v t0="$t0" -v t1="$t1" \
    'BEGIN { printf "%-15s %8d %10s %10.1f %14.1f %16s %12s\n", m, l, "-", t1 - t0, l / (t1 - t0), "-", "-" }'
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
