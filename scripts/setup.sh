#!/usr/bin/env bash
# Installs everything needed to build (and with --browser, to test) the explorer on a Debian
# machine that reaches only the package registries. Skips whatever is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@"
}

# Debian packages.
missing=()
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
command -v cc >/dev/null || missing+=(build-essential)
if [ $want_browser -eq 1 ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # The print test reads the PDF the page prints to (pdftotext, pdfinfo).
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  apt_install "${missing[@]}"
fi

# Rust: the machine's rustup toolchain, plus the wasm target.
if ! command -v cargo >/dev/null; then
  echo "Fant ikke cargo. Installer Rust (rustup) først; se README." >&2
  exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "== rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
# The gates of the test command (scripts/test.sh): formatting and lints.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    echo "== rustup component add $component"
    rustup component add "$component"
  fi
done

# Trunk, pinned (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  echo "== cargo install trunk $TRUNK_VERSION (tar ca. 25 min første gang)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli: exactly the wasm-bindgen version in Cargo.lock, or Trunk would try to
# download it. (--locked fails on the registries reachable here, see docs/DEVELOPMENT.md.)
bindgen_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
trunk_bindgen=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' Trunk.toml)
if [ "$bindgen_version" != "$trunk_bindgen" ]; then
  echo "Cargo.lock har wasm-bindgen $bindgen_version, men Trunk.toml sier $trunk_bindgen. Oppdater Trunk.toml." >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  echo "== cargo install wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# npm packages (wasm-opt from binaryen, browser-test tools), exactly as locked.
if ! cmp -s package-lock.json node_modules/.setup-stamp 2>/dev/null; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi
