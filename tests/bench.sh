#!/usr/bin/env bash
# make bench: prints figures, never fails on them. One table (tests/perf/bench.mjs: sizes,
# Lighthouse, warm reload and tick to DOM against a bare Yew page, the engine natively and in
# wasm), then how the page fits a 390 px phone (tests/perf/phone.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
node tests/perf/bench.mjs
echo
node tests/perf/phone.mjs dist
