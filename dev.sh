#!/usr/bin/env bash
# Signet's two set-up commands (and a few helpers). Works on a fresh Debian 12 machine.
#   ./dev.sh run     install what is missing, build, start the desk on the built-in demo hub
#   ./dev.sh test    install what is missing, build, run every test
#   ./dev.sh build   install and build only
#   ./dev.sh format  run clang-format over the sources
set -euo pipefail
cd "$(dirname "$0")"

# Everything the build, the desk and the tests need, from Debian 12's archive.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libssl-dev
  gnome-keyring libsecret-tools dbus dbus-bin procps
  xvfb xauth fonts-dejavu-core
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All ${#PACKAGES[@]} Debian packages are installed"
    return
  fi
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  say "Installing missing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset() {
  if [ "${CI:-}" = "true" ] || [ "${SIGNET_PRESET:-}" = "ci" ]; then echo ci; else echo "${SIGNET_PRESET:-dev}"; fi
}

build() {
  local p; p=$(preset)
  say "Configuring (preset $p)"
  cmake --preset "$p" >/dev/null
  say "Building with $(nproc) jobs"
  cmake --build --preset "$p" -j "$(nproc)"
}

cmd=${1:-help}
shift || true
case "$cmd" in
  run)
    install_missing
    build
    bin="build/$(preset)/signet"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      shot="build/signet-demo.png"
      say "No display here: running the desk offscreen on the demo hub and saving a screenshot"
      QT_QPA_PLATFORM=offscreen "$bin" --offscreen-screenshot "$shot" "$@"
      say "Saved $shot — run ./dev.sh run on a desktop (or with DISPLAY set) to use the desk"
    else
      say "Starting Signet on the built-in demo hub (demo customers arrive over the first minute)"
      exec "$bin" "$@"
    fi
    ;;
  test)
    install_missing
    build
    say "Running the test suite (widgets offscreen; keychain tests on a private gnome-keyring)"
    ctest --preset "$(preset)" -j "$(nproc)" "$@"
    ;;
  build)
    install_missing
    build
    ;;
  format)
    git ls-files '*.cpp' '*.h' | xargs clang-format -i
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = "help" ] || exit 2
    ;;
esac
