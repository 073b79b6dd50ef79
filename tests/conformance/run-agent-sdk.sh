#!/bin/bash
# LivePerson's agent SDK against a real signet-hub process (ctest: conformance/LivePersonAgentSdk).
#   run-agent-sdk.sh SIGNET_HUB SCRATCH_DIR
# Installs node-agent-sdk (the version pinned in package-lock.json) with npm into SCRATCH_DIR,
# starts signet-hub with its demo customers and a self-signed certificate on a free port, trusts
# exactly that certificate for node (NODE_EXTRA_CA_CERTS; TLS stays verified), runs agent-sdk.mjs
# and stops the hub. Leaves nothing running.
set -euo pipefail

hub_binary=$1
scratch=$2
here=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$scratch"
# The SDK into the scratch folder, again only when the lock changed.
if [ ! -d "$scratch/node_modules/node-agent-sdk" ] || ! cmp -s "$here/package-lock.json" "$scratch/package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$scratch/"
  echo "installing node-agent-sdk with npm into $scratch"
  npm ci --prefix "$scratch" --no-audit --no-fund --loglevel=error
fi

data=$(mktemp -d)
hub_pid=
cleanup() {
  if [ -n "$hub_pid" ] && kill -0 "$hub_pid" 2>/dev/null; then
    kill "$hub_pid" 2>/dev/null || true
    wait "$hub_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

db="$data/hub.sqlite"
password="conformance-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" | "$hub_binary" user add sdk-agent --role agent --db "$db" >/dev/null

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$hub_binary" --listen "127.0.0.1:$port" --db "$db" --demo --tls-self-signed >"$data/hub.log" 2>&1 &
hub_pid=$!

# Up when it answers discovery over TLS with its own certificate.
for _ in $(seq 1 150); do
  if [ -f "$data/hub-cert.pem" ] &&
    curl -sf --cacert "$data/hub-cert.pem" "https://127.0.0.1:$port/api/account/signet/service/baseURI.json?version=1.0" >/dev/null; then
    break
  fi
  if ! kill -0 "$hub_pid" 2>/dev/null; then
    echo "signet-hub exited:"; cat "$data/hub.log"; exit 1
  fi
  sleep 0.2
done

status=0
SIGNET_PASSWORD="$password" NODE_EXTRA_CA_CERTS="$data/hub-cert.pem" \
  node "$here/agent-sdk.mjs" --sdk "$scratch" --port "$port" --account signet --user sdk-agent || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- signet-hub's log ---"
  cat "$data/hub.log"
fi
exit "$status"
