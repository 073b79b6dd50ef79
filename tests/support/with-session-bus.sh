#!/usr/bin/env bash
# Runs a command on a private D-Bus session bus in a throwaway HOME, and leaves nothing running:
#   tests/support/with-session-bus.sh COMMAND [ARGS…]
# The desktop tests put their own notification service on it; a developer's real desktop never
# sees a test's notifications.
set -euo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/signet-bus.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/.local/share" \
       XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
exec dbus-run-session -- "$@"
