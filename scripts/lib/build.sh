# shellcheck shell=bash
# The release build: the server and the two clients that browsers download.
#
# Sourced (after scripts/lib/setup.sh, which puts cargo-leptos and wasm-opt on
# PATH) by scripts/build, scripts/run, scripts/test and the benchmarks. Like
# setup.sh it defines functions only and checks its own commands.
#
# One crate, two clients: cargo-leptos builds the residents' client (feature
# hydrate: the islands of the residents' pages) into the site root; a second
# cargo-leptos run builds the staff pages' client (feature staff-bundle: those
# islands and the text editor's helper) into a site root of its own, and its
# script and WebAssembly are copied beside the residents' in `pkg`. Both carry
# content hashes in their names, so they never collide; the staff client's
# hashes go to `staff-hash.txt` beside the binary, where the server reads them
# (src/shell/bundle.rs). The staff run must come second: a cargo-leptos client
# build empties its site root first.
#
# The second run recompiles only this crate for wasm32 (the dependencies'
# features are the same); cargo-leptos's LEPTOS_OUTPUT_NAME, which the leptos
# crates read when they are compiled, stays the same for both runs.

MW_STAFF_SITE="target/staff-site"
MW_STAFF_HASH_FILE="staff-hash.txt"

# mw_build_release [--frontend-only]: `cargo leptos build --release` (the
# server and the residents' client, or with --frontend-only the client alone),
# then the staff client beside it.
mw_build_release() {
    cargo leptos build --release "$@" || return 1
    mw_build_staff_client
}

# mw_build_staff_client: the staff pages' client, into the residents' site
# root (LEPTOS_SITE_ROOT or Cargo.toml's target/site).
mw_build_staff_client() {
    local site="${LEPTOS_SITE_ROOT:-target/site}"
    LEPTOS_SITE_ROOT="$MW_STAFF_SITE" LEPTOS_HASH_FILE_NAME="$MW_STAFF_HASH_FILE" \
        cargo leptos build --release --frontend-only --lib-features staff-bundle || return 1
    local hashes="target/release/$MW_STAFF_HASH_FILE" kind hash
    [[ -f "$hashes" ]] || { echo "[build] no $hashes after the staff client's build" >&2; return 1; }
    while IFS=': ' read -r kind hash; do
        case "$kind" in
            js | wasm | css)
                cp "$MW_STAFF_SITE/pkg/meldwijzer.$hash.$kind" "$site/pkg/" || return 1
                ;;
        esac
    done <"$hashes"
}
