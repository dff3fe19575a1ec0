#!/usr/bin/env bash
# The Spark figures of docs/EVALUATION.md (issue #20) in one run: analyze --threads 2, the job in
# local[2] and local[1], and the import of the local[2] output, one after another on the same
# inputs, each under /usr/bin/time (wall seconds, peak RSS); then the import's JSON Lines files
# compared with analyze's.
#   docs/tools/spark-vs-analyze.sh INPUT_FOLDER WORK_FOLDER     (from the repository root)
set -euo pipefail
in="$1"; work="$2"
mkdir -p "$work"
t() { /usr/bin/time -f "%e s, %M KB peak RSS" "$@"; }
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
load
t ./parallax analyze --threads 2 --store "$work/a.db" --out "$work/A" "$in" || true
load
t ./parallax-spark --master 'local[2]' --partitions 4 --out "$work/J2" "$in"
load
t ./parallax import --from "$work/J2" --store "$work/s.db" --out "$work/I" || true
for f in "$work"/A/*.jsonl; do
  cmp -s "$f" "$work/I/$(basename "$f")" && echo "same $(basename "$f")" || echo "DIFFERENT $(basename "$f")"
done
load
t ./parallax-spark --master 'local[1]' --partitions 4 --out "$work/J1" "$in"
load
