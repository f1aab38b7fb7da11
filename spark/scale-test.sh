#!/usr/bin/env bash
# Scale test of the Spark job in local mode: documents/second against executor cores (local[1], local[2]).
# Each core count runs over SMALL and LARGE synthetic documents (recombined from gold/docs; defaults 500 and 2500).
# Marginal rates take the fixed costs of a job (JVM, Spark session, pipeline loading, query planning) out:
#   wall: (LARGE - SMALL) / (t_LARGE - t_SMALL), t the job's own wall time (run.json "seconds");
#   CPU:  (LARGE - SMALL) / (cpu_LARGE - cpu_SMALL), cpu the user+system seconds of the whole JVM (every thread:
#         the pipeline, Spark, Parquet, GC, JIT). On a shared machine the wall rate drops with the others' load;
#         the CPU rate does not: it is what one core of one's own would do.
# For comparison the plain run command goes over the LARGE documents as files with one and two threads.
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
# user+system CPU seconds of a command, written to the file named by $1
cpu_of() {
  local file="$1"; shift
  local TIMEFORMAT="%U %S"
  { time "$@" >/dev/null 2>&1; } 2>"$file.time"
  awk '{ print $1 + $2 }' "$file.time" >"$file"
}

echo "# $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-16s %6s %9s %9s %9s %11s %11s %9s %9s %11s\n" mode docs "wall(S)" "wall(L)" "docs/s(L)" "marg.docs/s" "marg./core" "cpu(S)" "cpu(L)" "docs/cpu-s"
for cores in 1 2; do
  for n in "$small" "$large"; do
    cpu_of "$work/cpu-local$cores-$n" "$sd" spark --in "$work/syn-$n.jsonl" --out "$work/spark-local$cores-$n" --master "local[$cores]"
  done
  awk -v m="local[$cores]" -v k="$cores" -v s="$small" -v l="$large" \
      -v ts="$(seconds "$work/spark-local$cores-$small")" -v tl="$(seconds "$work/spark-local$cores-$large")" \
      -v cs="$(cat "$work/cpu-local$cores-$small")" -v cl="$(cat "$work/cpu-local$cores-$large")" \
    'BEGIN { printf "%-16s %6d %9.1f %9.1f %9.1f %11.1f %11.1f %9.1f %9.1f %11.1f\n", m, l, ts, tl, l / tl, (l - s) / (tl - ts), (l - s) / (tl - ts) / k, cs, cl, (l - s) / (cl - cs) }'
done
for threads in 1 2; do
  t0=$(date +%s.%N)
  cpu_of "$work/cpu-run$threads" java -jar "$root/target/studydraft.jar" run --in "$work/syn-$large" --out "$work/run-$threads" --force --quiet --threads "$threads"
  t1=$(date +%s.%N)
  awk -v m="run --threads $threads" -v l="$large" -v t0="$t0" -v t1="$t1" -v c="$(cat "$work/cpu-run$threads")" \
    'BEGIN { printf "%-16s %6d %9s %9.1f %9.1f %11s %11s %9s %9.1f %11.1f\n", m, l, "-", t1 - t0, l / (t1 - t0), "-", "-", "-", c, l / c }'
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
