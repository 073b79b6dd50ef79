#!/usr/bin/env bash
# Runs a command against a real, unlocked GNOME Keyring on a private D-Bus session, in a throwaway
# HOME, and leaves nothing running. Used by ./dev.sh test for the keychain tests:
#   tests/support/with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/signet-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/.local/share" \
       XDG_CONFIG_HOME="$scratch/.config" XDG_CACHE_HOME="$scratch/.cache"
exec dbus-run-session -- bash -c '
  set -euo pipefail
  # A throwaway password creates and unlocks the login keyring; the daemon serves the Secret Service.
  eval "$(printf "signet-test" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  status=0
  "$@" || status=$?
  # Stop only the daemon started here (it runs with this throwaway HOME), never a desktop keyring.
  for pid in $(pgrep -x gnome-keyring-d 2>/dev/null || true); do
    if tr "\0" "\n" 2>/dev/null < "/proc/$pid/environ" | grep -qx "HOME=$HOME"; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  exit $status
' with-keyring "$@"
