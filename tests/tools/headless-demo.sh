#!/usr/bin/env bash
# What ./dev.sh run does on a machine without a display: the desk offscreen on its demo hub, with a
# throwaway keyring on a private D-Bus session, through a whole sign-in; each step on the console
# and a screenshot of "Authenticated as …". Fails unless every step is said and the image is saved.
#   tests/tools/headless-demo.sh SIGNET_BINARY
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/signet-headless.XXXXXX")
trap 'rm -rf "$out"' EXIT
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
QT_QPA_PLATFORM=offscreen "$here/support/with-keyring.sh" \
  "$bin" --offscreen-screenshot "$out/demo.png" --screenshot-scene signed-in >"$out/said" 2>&1 || {
  cat "$out/said"; echo "headless demo: the desk failed"; exit 1; }
for step in "demo customers are waiting" "Accepted the conversation with Maya Chen" \
            "Replied; the customer answered" "Asking the customer to sign in" \
            "The customer signed in: authenticated as Maya Chen" "Saved $out/demo.png"; do
  grep -qF -- "$step" "$out/said" || { cat "$out/said"; echo "headless demo: never said: $step"; exit 1; }
done
[ "$(head -c 8 "$out/demo.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || {
  echo "headless demo: $out/demo.png is not a PNG"; exit 1; }
echo "headless demo: every step said, screenshot saved"
