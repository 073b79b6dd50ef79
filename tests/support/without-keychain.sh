#!/usr/bin/env bash
# Runs a command with no Secret Service reachable (no session bus) in a throwaway HOME, so a test
# can check that keychain use fails clearly and writes nothing anywhere.
set -euo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/signet-keyring-none.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/.local/share" \
       XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/runtime/no-such-bus"
"$@"
