# shellcheck shell=bash
# Shared setup for scripts/run, scripts/test and scripts/bench-baseline.
#
# This file is *sourced*, not executed: it only defines functions and sets
# PATH. It deliberately does not change shell options (set -e etc.); the
# executing scripts do that. Because a function called in an `if` or `||`
# context runs with errexit switched off, every function here checks its own
# commands and returns non-zero on failure instead of relying on `set -e`.
#
# Every mw_ensure_* function is idempotent: when the tool is already present
# it prints one "skipped" line and returns quickly.

# Repository root: two levels above this file (scripts/lib/setup.sh).
MW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export MW_ROOT

export DEBIAN_FRONTEND=noninteractive

# Where the (long) output of installers goes; printed only when a step fails.
MW_LOG_DIR="${TMPDIR:-/tmp}/meldwijzer-setup-logs"

# cargo-installed tools (cargo-leptos, wasm-bindgen) and the npm tools
# (wasm-opt from binaryen, which cargo-leptos looks up on PATH because it is
# built with `no_downloads`).
_mw_path_prepend() {
    case ":$PATH:" in
        *":$1:"*) ;;
        *) PATH="$1:$PATH" ;;
    esac
}
_mw_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
_mw_path_prepend "$MW_ROOT/node_modules/.bin"
export PATH

# The version pinned for cargo-leptos (minimum accepted).
MW_CARGO_LEPTOS_VERSION="0.3.10"

mw_say() { printf '[setup] %s\n' "$*"; }

# _mw_logged NAME CMD...: run CMD with its output in $MW_LOG_DIR/NAME.log.
# On failure print the log's tail so CI output still shows the cause.
_mw_logged() {
    local name=$1 rc=0
    shift
    mkdir -p "$MW_LOG_DIR" || return 1
    local log="$MW_LOG_DIR/$name.log"
    "$@" >"$log" 2>&1 </dev/null || rc=$?
    if ((rc != 0)); then
        printf '[setup] FAILED (exit %d): %s\n' "$rc" "$*" >&2
        printf '[setup] last lines of %s:\n' "$log" >&2
        tail -n 40 "$log" >&2
    fi
    return "$rc"
}

# _mw_version_ge A B: true when version A >= version B.
_mw_version_ge() {
    [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" == "$2" ]]
}

# mw_apt_install PKG...: install Debian packages, running `apt-get update`
# at most once per shell (and only when something is actually installed).
MW_APT_UPDATED=0
mw_apt_install() {
    # Another apt (unattended upgrades on a fresh machine, a second checkout's set-up)
    # may hold dpkg's lock: wait for it instead of failing.
    local wait=(-o DPkg::Lock::Timeout=600)
    if ((MW_APT_UPDATED == 0)); then
        _mw_logged apt-update apt-get "${wait[@]}" update || return 1
        MW_APT_UPDATED=1
    fi
    _mw_logged "apt-install" apt-get "${wait[@]}" install -y "$@" || return 1
}

# mw_free_port: print a TCP port on 127.0.0.1 that is free right now (the
# kernel picks it when binding to port 0). There is a small race until the
# caller binds it; good enough for throw-away servers.
mw_free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# --------------------------------------------------------------------------
# Rust toolchain pinned in rust-toolchain.toml, with the wasm target.
# RUSTUP_AUTO_INSTALL=0 on these machines, so cargo will not fetch the
# toolchain by itself; and rustup does not add targets/components listed in
# the file to a toolchain that is already installed, hence the extra steps.
mw_ensure_rust() {
    if ! command -v rustup >/dev/null 2>&1; then
        mw_say "rustup not found (expected in ~/.cargo/bin); cannot install the Rust toolchain" >&2
        return 1
    fi
    local installed_targets installed_components
    # Both commands fail when the pinned toolchain is not installed.
    installed_targets="$(cd "$MW_ROOT" && rustup target list --installed 2>/dev/null)" || installed_targets=""
    installed_components="$(cd "$MW_ROOT" && rustup component list --installed 2>/dev/null)" || installed_components=""
    if grep -q '^wasm32-unknown-unknown$' <<<"$installed_targets" &&
        grep -q '^rustfmt' <<<"$installed_components" &&
        grep -q '^clippy' <<<"$installed_components"; then
        mw_say "rust: pinned toolchain with wasm32 target present, skipped"
        return 0
    fi
    # Without a name, `rustup toolchain install` installs the toolchain named
    # in rust-toolchain.toml of the current directory.
    (cd "$MW_ROOT" && _mw_logged rustup-toolchain rustup toolchain install) || return 1
    (cd "$MW_ROOT" && _mw_logged rustup-target rustup target add wasm32-unknown-unknown) || return 1
    (cd "$MW_ROOT" && _mw_logged rustup-component rustup component add rustfmt clippy) || return 1
    mw_say "rust: installed $(cd "$MW_ROOT" && rustc --version) with wasm32 target, rustfmt, clippy"
}

# --------------------------------------------------------------------------
# cargo-leptos, built without its downloader: it then uses wasm-bindgen and
# wasm-opt from PATH (GitHub, where it would download them, is unreachable).
_mw_cargo_leptos_version() {
    cargo leptos --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1
}

mw_ensure_cargo_leptos() {
    local have
    have="$(_mw_cargo_leptos_version)" || have=""
    if [[ -n "$have" ]] && _mw_version_ge "$have" "$MW_CARGO_LEPTOS_VERSION"; then
        mw_say "cargo-leptos $have present, skipped"
        return 0
    fi
    # Built unoptimised (--debug, without debug info or debug assertions): its release
    # profile (fat LTO, one codegen unit) took 1,488 s of CPU on these machines, the
    # dev profile 660 s, about 7 minutes less on 2 cores. What it does itself in a
    # build is small (minify about 45 KB of JS glue, bundle 13 KB of CSS, run cargo,
    # wasm-bindgen and wasm-opt): measured, it makes the same files, and its own part
    # of a release build stays a few seconds.
    mw_say "installing cargo-leptos $MW_CARGO_LEPTOS_VERSION (about 8 minutes on 2 cores; log: $MW_LOG_DIR/cargo-leptos.log)"
    (cd "$MW_ROOT" && CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_DEV_DEBUG_ASSERTIONS=false \
        CARGO_PROFILE_DEV_OVERFLOW_CHECKS=false _mw_logged cargo-leptos \
        cargo install cargo-leptos --version "$MW_CARGO_LEPTOS_VERSION" --locked --features no_downloads --debug) || return 1
    have="$(_mw_cargo_leptos_version)" || have=""
    if [[ -z "$have" ]] || ! _mw_version_ge "$have" "$MW_CARGO_LEPTOS_VERSION"; then
        mw_say "cargo leptos --version reports '$have' after install, expected $MW_CARGO_LEPTOS_VERSION" >&2
        return 1
    fi
    mw_say "cargo-leptos $have installed"
}

# --------------------------------------------------------------------------
# wasm-bindgen CLI: must be exactly the version of the wasm-bindgen crate in
# Cargo.lock, otherwise the generated JS glue does not match the wasm.
mw_wasm_bindgen_lock_version() {
    awk '
        $0 == "name = \"wasm-bindgen\"" { found = 1; next }
        found && /^version = / { gsub(/^version = "|"$/, ""); print; exit }
        /^\[\[package\]\]/ { found = 0 }
    ' "$MW_ROOT/Cargo.lock"
}

mw_ensure_wasm_bindgen() {
    if [[ ! -f "$MW_ROOT/Cargo.lock" ]]; then
        mw_say "Cargo.lock missing: generating it to learn the wasm-bindgen version"
        (cd "$MW_ROOT" && _mw_logged generate-lockfile cargo generate-lockfile) || return 1
    fi
    local want have
    want="$(mw_wasm_bindgen_lock_version)"
    if [[ -z "$want" ]]; then
        mw_say "no wasm-bindgen package in Cargo.lock" >&2
        return 1
    fi
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" || have=""
    if [[ "$have" == "$want" ]]; then
        mw_say "wasm-bindgen $want present, skipped"
        return 0
    fi
    # No --locked: the CLI's own lock file of old releases may not build with
    # the current toolchain; the exact CLI version is what matters.
    # Unoptimised, as cargo-leptos: 113 s of CPU to build instead of 312 s, and it
    # makes byte for byte the same files (0.45 s instead of 0.08 s for our client).
    mw_say "installing wasm-bindgen-cli $want${have:+ (found $have)} (log: $MW_LOG_DIR/wasm-bindgen-cli.log)"
    (cd "$MW_ROOT" && CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_DEV_DEBUG_ASSERTIONS=false \
        CARGO_PROFILE_DEV_OVERFLOW_CHECKS=false _mw_logged wasm-bindgen-cli \
        cargo install wasm-bindgen-cli --version "$want" --debug) || return 1
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" || have=""
    if [[ "$have" != "$want" ]]; then
        mw_say "wasm-bindgen on PATH ($(command -v wasm-bindgen)) reports '$have', expected $want" >&2
        return 1
    fi
    mw_say "wasm-bindgen $want installed"
}

# --------------------------------------------------------------------------
# npm devDependencies: binaryen (wasm-opt for release builds), axe-core
# (accessibility checks in the browser tests) and oidc-provider (the DigiD test
# provider, tests/oidc/provider.mjs).
mw_ensure_npm_tools() {
    local nm="$MW_ROOT/node_modules"
    # Our own stamp, touched after a successful install; before the first run
    # of this script the node_modules directory itself serves as the stamp.
    local stamp="$nm/.meldwijzer-npm-stamp"
    local ref="$stamp"
    [[ -e "$ref" ]] || ref="$nm"

    local reason=""
    if [[ ! -d "$nm" ]]; then
        reason="node_modules missing"
    elif [[ ! -x "$nm/.bin/wasm-opt" || ! -f "$nm/axe-core/axe.min.js" ||
        ! -f "$nm/oidc-provider/package.json" ]]; then
        reason="node_modules incomplete"
    else
        local f
        for f in package.json package-lock.json; do
            if [[ -f "$MW_ROOT/$f" && "$MW_ROOT/$f" -nt "$ref" ]]; then
                reason="$f changed"
            fi
        done
    fi
    if [[ -z "$reason" ]]; then
        mw_say "npm tools (wasm-opt, axe-core, oidc-provider) present, skipped"
        return 0
    fi

    if ! command -v npm >/dev/null 2>&1; then
        mw_say "npm missing: installing Debian's nodejs and npm"
        mw_apt_install nodejs npm || return 1
    fi
    local cmd=(npm install)
    [[ -f "$MW_ROOT/package-lock.json" ]] && cmd=(npm ci)
    (cd "$MW_ROOT" && _mw_logged npm "${cmd[@]}" --no-audit --no-fund) || return 1
    touch "$stamp" || return 1
    mw_say "npm tools installed with '${cmd[*]}' ($reason): $(wasm-opt --version 2>/dev/null)"
}

# --------------------------------------------------------------------------
# Debian's Chromium and ChromeDriver (same package version, so they match).
mw_ensure_browser() {
    if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
        mw_say "chromium and chromedriver present, skipped"
        return 0
    fi
    mw_apt_install chromium chromium-driver || return 1
    mw_say "installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
}

# --------------------------------------------------------------------------
# What the test of the reference deployment (deploy/, tests/process/deployment.rs)
# runs: Debian's nginx, as a user of its own with its own prefix (the package's
# service is neither needed nor started here), and systemd-analyze, which checks the
# systemd unit without a running systemd.
mw_ensure_deploy_tools() {
    local missing=()
    [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
    if ((${#missing[@]} == 0)); then
        mw_say "nginx and systemd-analyze present, skipped"
        return 0
    fi
    # policy-rc.d: keep the packages' post-install scripts from starting services
    # (port 80 may be taken, and nothing here uses them).
    local policy=/usr/sbin/policy-rc.d created=0
    if [[ ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created=1
    fi
    local rc=0
    mw_apt_install "${missing[@]}" || rc=$?
    ((created == 1)) && rm -f "$policy"
    ((rc == 0)) || return "$rc"
    mw_say "installed ${missing[*]}: $(/usr/sbin/nginx -v 2>&1)"
}

# --------------------------------------------------------------------------
# PostgreSQL server binaries. Sets MW_PG_BIN to the newest
# /usr/lib/postgresql/<major>/bin.
_mw_find_pg_bin() {
    local d
    MW_PG_BIN=""
    # Major versions are plain numbers; sort -V puts the newest last.
    while IFS= read -r d; do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/pg_isready" ]]; then
            MW_PG_BIN="$d"
        fi
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
    [[ -n "$MW_PG_BIN" ]]
}

mw_ensure_postgres_packages() {
    if _mw_find_pg_bin; then
        mw_say "postgresql server binaries present ($MW_PG_BIN), skipped"
        return 0
    fi
    mw_apt_install postgresql || return 1
    if ! _mw_find_pg_bin; then
        mw_say "postgresql installed but no initdb/pg_ctl found under /usr/lib/postgresql" >&2
        return 1
    fi
    mw_say "installed postgresql ($MW_PG_BIN)"
}

# --------------------------------------------------------------------------
# Throw-away PostgreSQL cluster for the tests.
#
# Reuses $MELDWIJZER_TEST_POSTGRES_URL when it is set and the server answers.
# Otherwise starts a private cluster in a temp dir on a free loopback port and
# exports MELDWIJZER_TEST_POSTGRES_URL pointing at database meldwijzer_test.
# The server refuses to run as root, so the cluster belongs to the `postgres`
# system user. Call mw_stop_postgres (e.g. from an EXIT trap) to remove it.
MW_PG_DIR=""
MW_PG_STARTED=0

mw_start_postgres() {
    if [[ -z "${MW_PG_BIN:-}" ]] && ! _mw_find_pg_bin; then
        mw_say "postgresql binaries missing; call mw_ensure_postgres_packages first" >&2
        return 1
    fi
    local url="${MELDWIJZER_TEST_POSTGRES_URL:-}"
    if [[ -n "$url" ]]; then
        if "$MW_PG_BIN/pg_isready" -q -t 5 -d "$url"; then
            mw_say "postgres: reusing MELDWIJZER_TEST_POSTGRES_URL, skipped start"
            return 0
        fi
        mw_say "postgres: MELDWIJZER_TEST_POSTGRES_URL set but not answering; starting a private cluster"
    fi

    local port
    port="$(mw_free_port)" || return 1
    # Set before anything else can fail, so mw_stop_postgres can clean up.
    MW_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/meldwijzer-pg.XXXXXX")" || return 1
    chown postgres:postgres "$MW_PG_DIR" || return 1
    chmod 700 "$MW_PG_DIR" || return 1

    # Run from the cluster dir: the postgres user may not be allowed into
    # the caller's working directory (e.g. /root), which makes initdb warn.
    # --no-sync and -F (fsync off) are fine for a cluster we throw away.
    # C locale with UTF8 encoding: stable sorting, and Dutch text stored as
    # UTF-8 (the default for locale C would be SQL_ASCII).
    (cd "$MW_PG_DIR" && _mw_logged pg-initdb runuser -u postgres -- \
        "$MW_PG_BIN/initdb" -D "$MW_PG_DIR/data" -A trust -U postgres \
        --no-sync -E UTF8 --locale=C) || return 1
    (cd "$MW_PG_DIR" && _mw_logged pg-start runuser -u postgres -- \
        "$MW_PG_BIN/pg_ctl" -D "$MW_PG_DIR/data" -l "$MW_PG_DIR/server.log" -w -t 60 \
        -o "-F -c listen_addresses=127.0.0.1 -p $port -k $MW_PG_DIR" start) || {
        tail -n 20 "$MW_PG_DIR/server.log" >&2 2>/dev/null
        return 1
    }
    MW_PG_STARTED=1
    _mw_logged pg-createdb "$MW_PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres meldwijzer_test || return 1

    export MELDWIJZER_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/meldwijzer_test"
    mw_say "postgres: started throw-away cluster on 127.0.0.1:$port ($MW_PG_DIR)"
}

# Stop the cluster started by mw_start_postgres (never one we only reused)
# and remove its directory. Safe to call more than once, and from traps.
mw_stop_postgres() {
    if [[ -z "${MW_PG_DIR:-}" ]]; then
        return 0
    fi
    local what="removed"
    if ((MW_PG_STARTED == 1)) || [[ -f "$MW_PG_DIR/data/postmaster.pid" ]]; then
        # Immediate mode: no checkpoint, nothing in it is worth keeping.
        (cd "$MW_PG_DIR" && runuser -u postgres -- \
            "$MW_PG_BIN/pg_ctl" -D "$MW_PG_DIR/data" -m immediate -w -t 30 stop) >/dev/null 2>&1 ||
            mw_say "postgres: pg_ctl stop failed for $MW_PG_DIR" >&2
        what="stopped and removed"
    fi
    rm -rf "$MW_PG_DIR"
    mw_say "postgres: $what throw-away cluster"
    MW_PG_DIR=""
    MW_PG_STARTED=0
    return 0
}
