#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the gates (formatting, clippy and rustdoc
# without warnings, for the host and wasm32), the core natively, the release build, and the
# browser tests in Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

echo "== Porter: formatering, clippy (vert og wasm32) og dokumentasjon, uten advarsler"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
# The page built in nynorsk and in English (issue 14): each language's wording stands in for
# bokmål's everywhere the page uses it.
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --features lang-nn -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --features lang-en -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --workspace --lib
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --lib --target wasm32-unknown-unknown

echo "== Kjernen: cargo test (og stedfortrederen for encoding_rs)"
cargo test --locked --workspace

echo "== Fasit for nettlesertestene: cargo build --bin expected-view"
cargo build --locked --bin expected-view

echo "== Bygg: trunk build --release"
trunk build --release

echo "== Budsjettene først, så de feiler raskt: første besøk og det som lastes ved behov"
node --test --test-concurrency=1 tests/browser/first-visit.test.mjs
node --test --test-concurrency=1 --test-name-pattern="KB gzip" tests/browser/*.test.mjs

echo "== Bygg med HTML i etikettene (for sikkerhetstesten): target/dist-hostile, bare bokmål"
# Only bokmål's page and map worker (.hostile-index.html): the security test needs no more.
node tests/browser/hostile-data.mjs target/hostile-data
# Not precompressed either (AGM_PRECOMPRESS=0): the test server compresses it as it sends it.
AGM_PRECOMPRESS=0 AGM_DATA_DIR=target/hostile-data CARGO_TARGET_DIR=target/hostile trunk build --release --dist target/dist-hostile .hostile-index.html

echo "== Nettleser: node --test, to filer om gangen (hver har sin nettleser og tjener)"
# Lighthouse measures timing: it runs alone, after the rest.
node --test --test-concurrency=2 $(ls tests/browser/*.test.mjs | grep -v -e lighthouse -e first-visit)
node --test --test-concurrency=1 tests/browser/lighthouse.test.mjs
