#!/usr/bin/env bash
# The Debian packages, as built from this tree (cpack): each holds what it must, depends on what
# it loads (libsecret-1-0 among them: the keychain library opens it at run time), and its programs
# start from a throwaway root they were unpacked into; the desktop entry and the AppStream
# metainfo pass their validators; apt can resolve every dependency from the archive.
set -euo pipefail
build=${1:?usage: check-packages.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' "$build/CPackConfig.cmake")
arch=$(dpkg --print-architecture)

expect_files() { # deb, files…
  local deb=$1; shift
  local listing; listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
  for f in "$@"; do
    grep -qx "\./$f" <<<"$listing" || fail "$(basename "$deb") lacks /$f"
  done
}
expect_field() { # deb, field, pattern
  local value; value=$(dpkg-deb -f "$1" "$2")
  grep -qE "$3" <<<"$value" || fail "$(basename "$1") $2 is \"$value\", expected $3"
}

desk="$work/out/signet_${version}_${arch}.deb"
hub="$work/out/signet-hub_${version}_${arch}.deb"
key="$work/out/signet-key_${version}_${arch}.deb"
for deb in "$desk" "$hub" "$key"; do [ -f "$deb" ] || fail "no $(basename "$deb")"; done

expect_files "$desk" usr/bin/signet usr/share/applications/signet.desktop \
  usr/share/icons/hicolor/scalable/apps/signet.svg usr/share/metainfo/app.signet.Signet.metainfo.xml \
  usr/share/man/man1/signet.1
expect_files "$hub" usr/bin/signet-hub usr/lib/systemd/system/signet-hub.service \
  usr/share/man/man1/signet-hub.1
expect_files "$key" usr/bin/signet-key usr/share/man/man1/signet-key.1
expect_field "$desk" Depends '(^|, )libsecret-1-0(,|$)'
expect_field "$desk" Depends 'libqt6sql6-sqlite'
expect_field "$desk" Depends 'libqt6keychain1'
expect_field "$desk" Recommends 'gnome-keyring'
expect_field "$desk" Recommends 'qt6-translations-l10n'
expect_field "$key" Depends '(^|, )libsecret-1-0(,|$)'
expect_field "$key" Recommends 'gnome-keyring'
expect_field "$hub" Depends 'libqt6sql6-sqlite'
expect_field "$hub" Depends 'libqt6httpserver6'
echo "contents and dependencies: as expected"

# Unpacked into a throwaway root, the programs start (the libraries come from this system).
root="$work/root"
for deb in "$desk" "$hub" "$key"; do dpkg-deb -x "$deb" "$root"; done
"$root/usr/bin/signet-hub" --version | grep -qx "signet-hub $version" || fail "signet-hub --version"
"$root/usr/bin/signet-key" --version | grep -q "$version" || fail "signet-key --version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/signet" --version 2>/dev/null | grep -q "$version" ||
  fail "signet --version"
# The hub really serves: it starts on a scratch database and answers its discovery request.
port=$((20000 + RANDOM % 20000))
HOME="$work" "$root/usr/bin/signet-hub" --db "$work/hub.sqlite" --listen "127.0.0.1:$port" \
  >"$work/hub.log" 2>&1 &
hubpid=$!
trap 'kill $hubpid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  python3 - "$port" <<'PY' && break || sleep 0.1
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/account/signet/service/baseURI.json?version=1.0", timeout=1).read()
PY
done
python3 - "$port" <<'PY' || { cat "$work/hub.log"; fail "the installed signet-hub does not answer"; }
import sys, json, urllib.request
body = urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/account/signet/service/baseURI.json?version=1.0", timeout=5).read()
assert any(e["service"] == "agentVep" for e in json.loads(body)["baseURIs"]), body
PY
kill $hubpid
echo "installed programs: start and answer"

desktop-file-validate "$root/usr/share/applications/signet.desktop" || fail "desktop-file-validate"
# signet:// links reach the desk through its desktop entry.
grep -qx 'MimeType=x-scheme-handler/signet;' "$root/usr/share/applications/signet.desktop" ||
  fail "the desktop entry does not handle signet:// links"
appstreamcli validate --no-net "$root/usr/share/metainfo/app.signet.Signet.metainfo.xml" >"$work/as.log" 2>&1 ||
  { cat "$work/as.log"; fail "appstreamcli validate"; }
echo "desktop entry and metainfo: valid"

# apt resolves every dependency of the three packages from the archive (a dry run).
apt-get install --simulate --no-install-recommends "$desk" "$hub" "$key" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt cannot install the packages"; }
echo "apt: the three packages install (simulated)"
echo "PASS"
