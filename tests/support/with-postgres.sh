#!/usr/bin/env bash
# Runs a command against a real PostgreSQL server: a throwaway cluster (Debian's postgresql
# package) listening only on a Unix socket in a scratch directory, stopped and deleted afterwards.
# The command gets SIGNET_TEST_POSTGRES, a postgresql:// URL of the cluster's maintenance database
# (tests create a fresh database per test from it). Used by ./dev.sh test:
#   tests/support/with-postgres.sh COMMAND [ARGS…]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL is not installed (Debian package postgresql; ./dev.sh test installs it)" >&2
  exit 1
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/signet-postgres.XXXXXX")
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres system user.
run_as=()
if [ "$(id -u)" = 0 ]; then
  run_as=(runuser -u postgres --)
  chown postgres "$scratch"
fi
stop() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$scratch/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap stop EXIT
"${run_as[@]}" "$bin/initdb" -D "$scratch/data" -U signet --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$scratch/initdb.log" 2>&1 || { cat "$scratch/initdb.log" >&2; exit 1; }
# No TCP at all: only a socket in the scratch directory, which only this test run knows.
"${run_as[@]}" "$bin/pg_ctl" -D "$scratch/data" -l "$scratch/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$scratch' -c fsync=on -c max_connections=200" \
  start >/dev/null || { cat "$scratch/server.log" >&2; exit 1; }
chmod 755 "$scratch"
export SIGNET_TEST_POSTGRES="postgresql://signet@/postgres?host=$scratch"
status=0
"$@" || status=$?
exit $status
