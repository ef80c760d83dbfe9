#!/usr/bin/env bash
# Prints figures, never fails on them: dist/ sizes (raw and gzip -9), the engine's speed, the
# page's tick-to-DOM latency and how it fits a 390 px phone.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "dist/ files (bytes, raw and gzip -9):"
total_raw=0; total_gz=0
for f in dist/*; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '  %-45s %9d %9d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '  %-45s %9d %9d\n' total "$total_raw" "$total_gz"
echo
cargo run --quiet --locked --release --example bench
echo
node tests/perf/latency.mjs 60
echo
node tests/perf/phone.mjs dist
