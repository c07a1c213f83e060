#!/usr/bin/env bash
# Installs what the real-VS-Code e2e harness (test/e2e/harness.mjs) needs:
#   - Debian packages: chromium (renders the workbench), libkrb5-dev (a native module of
#     VS Code builds against it), ripgrep (stands in for @vscode/ripgrep's download)
#   - code-server@4.100.3 (= VS Code 1.100.3, newest accepting Node 20) from npm, OUTSIDE the repo,
#     in ${NP_E2E_CACHE:-$HOME/.cache/np-lint-e2e}/code-server
# Idempotent: does nothing when everything is already there. Non-interactive (CI=true, no stdin).
# Prints the code-server binary path as its last line.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_ROOT="${NP_E2E_CACHE:-$HOME/.cache/np-lint-e2e}"
PREFIX="$CACHE_ROOT/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"
PKG_JSON="$PREFIX/node_modules/code-server/package.json"
MARKER="$PREFIX/.installed-$CODE_SERVER_VERSION"
APT_PKGS=(chromium libkrb5-dev ripgrep)

log() { echo "[install-code-server] $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi

# ---- 1. Debian packages -------------------------------------------------------------------------
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; }
  # Update the package lists only when needed: none present, or the install fails on stale lists.
  if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    log "apt-get update (no package lists yet)"
    $SUDO apt-get update -q </dev/null
  fi
  log "apt-get install ${missing[*]}"
  if ! apt_install; then
    log "install failed; apt-get update and retry"
    $SUDO apt-get update -q </dev/null
    apt_install
  fi
else
  log "apt packages present: ${APT_PKGS[*]}"
fi
for b in /usr/bin/chromium /usr/bin/rg; do
  [ -x "$b" ] || { log "missing $b after apt install"; exit 1; }
done

# ---- 2. code-server from npm, in the cache folder -------------------------------------------------
installed_version() {
  [ -x "$BIN" ] && [ -f "$PKG_JSON" ] && [ -f "$MARKER" ] || return 1
  node -p "require(process.argv[1]).version" "$PKG_JSON" 2>/dev/null
}
if [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
  echo "$BIN"
  exit 0
fi

mkdir -p "$PREFIX"
# Serialise concurrent runs (two jobs installing into the same cache).
exec 9>"$CACHE_ROOT/.install.lock"
flock 9
if [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ]; then
  echo "$BIN"; exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds a cached archive in
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/. Run npm with a private TMPDIR holding Debian's
# /usr/bin/rg under the names that the versions VS Code 1.100 may resolve look for
# (1.15.11 -> ripgrep v13.0.0-10 is the one seen; the others are cheap insurance).
NPM_TMP="$CACHE_ROOT/tmp"
rm -rf "$NPM_TMP"; mkdir -p "$NPM_TMP/rg-stage"
cp /usr/bin/rg "$NPM_TMP/rg-stage/rg"
for pair in 1.15.9:v13.0.0-10 1.15.10:v13.0.0-10 1.15.11:v13.0.0-10 1.15.12:v13.0.0-13 \
            1.15.13:v13.0.0-13 1.15.14:v13.0.0-13; do
  pkgv="${pair%%:*}"; rgv="${pair##*:}"
  mkdir -p "$NPM_TMP/vscode-ripgrep-cache-$pkgv"
  tar -czf "$NPM_TMP/vscode-ripgrep-cache-$pkgv/ripgrep-$rgv-x86_64-unknown-linux-musl.tar.gz" \
    -C "$NPM_TMP/rg-stage" rg
done

rm -f "$MARKER"
[ -f "$PREFIX/package.json" ] || echo '{ "name": "np-lint-e2e-code-server", "private": true }' > "$PREFIX/package.json"
log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX (takes 1-3 minutes cold)"
start=$(date +%s)
# unsafe_perm: code-server's postinstall as root; yes: node-pty's postinstall runs `npx node-gyp`.
npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false \
npm_config_update_notifier=false TMPDIR="$NPM_TMP" \
  npm install --prefix "$PREFIX" --no-save --no-package-lock --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" </dev/null >&2
log "npm install took $(( $(date +%s) - start )) s"
rm -rf "$NPM_TMP"

v="$(node -p "require(process.argv[1]).version" "$PKG_JSON")"
if [ ! -x "$BIN" ] || [ "$v" != "$CODE_SERVER_VERSION" ]; then
  log "code-server install incomplete (binary $BIN, version '$v')"; exit 1
fi
# A sanity check that the postinstall really built VS Code's node_modules.
if [ ! -d "$PREFIX/node_modules/code-server/lib/vscode/node_modules" ]; then
  log "lib/vscode/node_modules missing: code-server postinstall did not run"; exit 1
fi
touch "$MARKER"
vtmp="$(mktemp -d)"   # --version writes a default config under XDG_CONFIG_HOME: keep it out of ~
log "installed: $(XDG_CONFIG_HOME="$vtmp" XDG_DATA_HOME="$vtmp" "$BIN" --version 2>/dev/null | tail -1)"
rm -rf "$vtmp"
echo "$BIN"
