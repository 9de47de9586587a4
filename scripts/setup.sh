# shellcheck shell=bash
# Sourced by scripts/serve and scripts/test: installs what Waakzaam needs on a fresh Debian
# machine and skips what is already there. Every version is pinned here or in a lock file.
#
#   setup_build_tools    wasm32 target, Trunk 0.21, wasm-bindgen-cli = Cargo.lock, wasm-opt
#   setup_browser_tools  Debian chromium and nginx (the e2e suite runs deploy/nginx.conf for
#                        real), the e2e npm packages from tests/e2e/package-lock.json

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION='~0.21'           # 0.22 needs rustc 1.96
BINARYEN_DIR="$ROOT/scripts/tools"
E2E_DIR="$ROOT/tests/e2e"

export PATH="$HOME/.cargo/bin:$BINARYEN_DIR/node_modules/.bin:$PATH"
# Never let a test tool download a browser of its own: only the registries are reachable.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  step "apt-get install $*"
  if [ -z "${WAAKZAAM_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq
    export WAAKZAAM_APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# An npm project is installed from its lock file once; a stamp of the lock file tells
# whether node_modules is current, so a second run costs nothing.
npm_ci_once() {
  local dir="$1" stamp want
  stamp="$dir/node_modules/.waakzaam-lock-stamp"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  step "npm ci in ${dir#"$ROOT"/}"
  npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

setup_build_tools() {
  command -v cargo >/dev/null || { echo "Rust (rustup, cargo) is required" >&2; return 1; }
  command -v npm >/dev/null || apt_install nodejs npm

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    step "cargo install trunk $TRUNK_VERSION (about 10 minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  local wbg
  wbg="$(locked_wasm_bindgen_version)"
  if ! grep -q "^wasm_bindgen = \"$wbg\"" "$ROOT/Trunk.toml"; then
    echo "Trunk.toml [tools] wasm_bindgen must be \"$wbg\" (the version in Cargo.lock)" >&2
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wbg" ]; then
    # Not --locked: that fails on a dependency the registry lacks; the version pin suffices.
    step "cargo install wasm-bindgen-cli $wbg (about 4 minutes)"
    cargo install wasm-bindgen-cli --version "=$wbg" --force
  fi

  # wasm-opt: binaryen 132 from npm (Trunk.toml pins version_132, so Trunk refuses any other).
  npm_ci_once "$BINARYEN_DIR"
}

setup_browser_tools() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium chromium-driver
  fi
  # Debian's nginx with its brotli module: tests/e2e/nginx.spec.ts starts it on a loopback
  # port with deploy/nginx.conf, so the deploy example is tested as a host would run it.
  if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then
    apt_install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static
  fi
  npm_ci_once "$E2E_DIR"
}
