#!/usr/bin/env bash
# Smoke test of `make serve`: start it, wait for Trunk to report it is listening, fetch the page
# and the files it loads, then stop it by its process-group id.
set -euo pipefail
cd "$(dirname "$0")/.."
url=http://127.0.0.1:8080/
if curl -s -o /dev/null "$url"; then
  echo "serve smoke: something already answers on $url; stop it first" >&2
  exit 1
fi
log=$(mktemp)
page=$(mktemp)
setsid make serve >"$log" 2>&1 </dev/null &
pid=$!
stop() { kill -TERM -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log" "$page"; }
trap stop EXIT

# Trunk prints "server listening at" once the first build is served; give up after 5 minutes
# or as soon as make serve dies.
if ! timeout 300 bash -c "tail --pid=$pid -n +1 -f '$log' | grep -q -m1 'server listening at'"; then
  echo "serve smoke: make serve did not start; its output:" >&2
  cat "$log" >&2
  exit 1
fi
grep -q "http://127.0.0.1:8080" "$log" || { echo "serve smoke: URL not printed" >&2; exit 1; }
curl -sf "$url" -o "$page"
grep -q 'id="fallback"\|id=fallback' "$page" || { echo "serve smoke: not the checker page" >&2; exit 1; }
# The post-build step wrote the prebuilt form in (Trunk.toml's hook, tests/tools/prerender.rs).
grep -q 'id="f-leg_weakness"' "$page" || { echo "serve smoke: the page holds no prebuilt form" >&2; exit 1; }
assets=$(grep -o '\./legcheck-[a-z0-9]*\(_bg\.wasm\|\.js\)' "$page" | sort -u)
[ "$(echo "$assets" | wc -l)" -eq 2 ] || { echo "serve smoke: page does not load the app: $assets" >&2; exit 1; }
for a in $assets; do
  curl -sf -o /dev/null "$url${a#./}" || { echo "serve smoke: $a not served" >&2; exit 1; }
done
echo "serve smoke: make serve answered on $url with the page and its $(echo "$assets" | wc -l) app files"
