#!/usr/bin/env bash
# Scale test of the Spark job in local mode: documents/second against executor cores (local[1], local[2]) over
# N synthetic documents (default 2000) recombined from gold/docs, and for comparison the plain run command with one
# and two worker threads over the same documents as files. Prints one line per run; the Spark jobs' run.json files
# hold the details. Build first: mvn -q -DskipTests install && mvn -q -f spark/pom.xml -DskipTests package
# Usage: spark/scale-test.sh [N] [WORK_DIR]     (WORK_DIR default: /tmp/studydraft-scale)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-2000}"
work="${2:-/tmp/studydraft-scale}"
sd="$root/spark/bin/studydraft-spark"
mkdir -p "$work"
[ -f "$work/syn-$n.jsonl" ] || "$sd" generate -n "$n" --out "$work/syn-$n.jsonl" 2>/dev/null
[ -d "$work/syn-$n" ] || "$sd" generate -n "$n" --out "$work/syn-$n" 2>/dev/null
echo "# $n synthetic documents, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for cores in 1 2; do
  "$sd" spark --in "$work/syn-$n.jsonl" --out "$work/spark-local$cores" --master "local[$cores]" 2>/dev/null \
    | grep -E "wall" | sed "s/^ */spark local[$cores]: /"
done
for threads in 1 2; do
  start=$(date +%s.%N)
  java -jar "$root/target/studydraft.jar" run --in "$work/syn-$n" --out "$work/run-$threads" --force --quiet --threads "$threads" >/dev/null
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v t="$threads" 'BEGIN { printf "run --threads %d: %.2f s wall · %.1f documents/s\n", t, e - s, n / (e - s) }'
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
