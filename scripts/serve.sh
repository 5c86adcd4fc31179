#!/usr/bin/env bash
# Sets up what is missing, builds the explorer and serves it on http://127.0.0.1:8080/.
# Served as a static host would: no injected live-reload script (the page's CSP would refuse
# it) and no index.html for missing files (a missing .js or .wasm must fail, not get HTML).
# Trunk still rebuilds on changes; the service worker then offers the new version.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --no-autoreload --no-spa --address 127.0.0.1 --port "${PORT:-8080}"
