#!/usr/bin/env bash
# Signet's two set-up commands (and a few helpers). Works on a fresh Debian 12 machine.
#   ./dev.sh run     install what is missing, build, start the desk on the built-in demo hub
#   ./dev.sh test    install what is missing, build, run every test
#   ./dev.sh test --asan   the same suite built and run under AddressSanitizer and UBSan
#   ./dev.sh build   install and build only
#   ./dev.sh fuzz [SECONDS]  build the libFuzzer targets with clang and run each (default 60 s)
#   ./dev.sh bench   run the benchmarks (report in docs/benchmarks.md)
#   ./dev.sh faults [CYCLES]  the fault-injection test, long (default 100 cycles; SQLite and PostgreSQL)
#   ./dev.sh package the Debian packages signet, signet-hub and signet-key, in build/packages
#   ./dev.sh format  run clang-format over the sources
set -euo pipefail
cd "$(dirname "$0")"

# Everything the build, the desk and the tests need, from Debian 12's archive.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql postgresql libqt6svg6 qt6-qpa-plugins libssl-dev openssl
  gnome-keyring libsecret-tools dbus dbus-bin procps
  python3 python3-cryptography curl
  clang libclang-rt-14-dev
  chromium
  xvfb xauth fonts-dejavu-core
  dpkg-dev desktop-file-utils appstream
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node.js and npm for the browser tests: Debian's packages unless a node is already on the PATH
  # (Debian's npm conflicts with other Node.js packagings, so look for the commands, not packages).
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
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
  if [ -n "${SIGNET_PRESET:-}" ]; then echo "$SIGNET_PRESET"
  elif [ "${CI:-}" = "true" ]; then echo ci
  else echo dev; fi
}

build() {
  local p; p=$(preset)
  say "Configuring (preset $p)"
  cmake --preset "$p" >/dev/null
  say "Building with $(nproc) jobs"
  cmake --build --preset "$p" -j "$(nproc)"
}

# Builds the libFuzzer targets and runs each for $1 seconds on a corpus seeded from tests/data.
fuzz() {
  local seconds=${1:-60}
  say "Building the fuzz targets (clang, ASan/UBSan, preset fuzz)"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$(nproc)" --target fuzz_apple_token fuzz_protocol fuzz_auth_metadata
  local root=build/fuzz/corpus
  mkdir -p "$root/apple_token" "$root/protocol" "$root/auth_metadata" \
    "$root/seeds-apple_token" "$root/seeds-protocol" "$root/seeds-auth_metadata"
  /usr/bin/python3 - "$root/seeds-apple_token" <<'PY'
import base64, json, sys, os
vectors = json.load(open("tests/data/crypto/apple-token-vectors.json"))["vectors"]
for i, v in enumerate(vectors):
    token = base64.b64decode(v["token"])
    open(os.path.join(sys.argv[1], "token-%d" % i), "wb").write(token)
    open(os.path.join(sys.argv[1], "text-%d" % i), "w").write(v["token"])
PY
  cp tests/data/protocol/valid/*.json tests/data/protocol/malformed/*.txt "$root/seeds-protocol/"
  cp tests/data/auth/*.json "$root/seeds-auth_metadata/"
  for target in apple_token protocol auth_metadata; do
    say "Fuzzing $target for $seconds s"
    local log="build/fuzz/fuzz_$target.log"
    if ! build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="build/fuzz/crash-$target-" \
        "$root/$target" "$root/seeds-$target" >"$log" 2>&1; then
      tail -40 "$log"
      say "fuzz_$target found a problem: see $log and build/fuzz/crash-$target-*"
      return 1
    fi
    local runs; runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    local cov; cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    say "fuzz_$target: $runs executions, $cov, no findings"
  done
}

cmd=${1:-help}
shift || true
case "$cmd" in
  run)
    install_missing
    build
    bin="build/$(preset)/signet"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      # No desktop, so no keychain of the user's: the demo runs on a private D-Bus session with a
      # throwaway unlocked GNOME Keyring (as the tests do), so that the whole sign-in — the key in
      # the keychain, the encrypted answer, the identity check — happens, step by step.
      shot="$(pwd)/build/signet-demo.png"
      say "No display here: the demo desk runs offscreen, with a throwaway keyring, through a whole sign-in"
      QT_QPA_PLATFORM=offscreen tests/support/with-keyring.sh \
        "$(pwd)/$bin" --offscreen-screenshot "$shot" --screenshot-scene signed-in "$@"
      say "Saved $shot (Authenticated as …) — run ./dev.sh run on a desktop (or with DISPLAY set) to use the desk"
    else
      say "Starting Signet on the built-in demo hub (demo customers arrive over the first minute)"
      exec "$bin" "$@"
    fi
    ;;
  test)
    if [ "${1:-}" = "--asan" ]; then
      shift
      export SIGNET_PRESET=asan # ASan and UBSan; any finding fails the test that hit it
    fi
    install_missing
    build
    say "Fuzz smoke: each libFuzzer target for ${SIGNET_FUZZ_SMOKE_SECONDS:-15} s"
    fuzz "${SIGNET_FUZZ_SMOKE_SECONDS:-15}"
    if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
      say "Installing the browser-test driver and the brand provider (puppeteer-core, oidc-provider; from npm) into tests/e2e"
      npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
    fi
    say "Running the test suite (widgets offscreen; keychain tests on a private gnome-keyring; Chromium headless)"
    status=0
    ctest --preset "$(preset)" -j "$(nproc)" "$@" || status=$?
    # Leave nothing running: a browser of a test that timed out.
    pkill -f 'signet-chromium-' 2>/dev/null || true
    exit $status
    ;;
  fuzz)
    install_missing
    fuzz "${1:-60}"
    ;;
  bench)
    install_missing
    p=ci
    cmake --preset "$p" >/dev/null
    cmake --build --preset "$p" -j "$(nproc)" --target token_decrypt_bench sign_in_pipeline_bench \
      search_bench hub_load_bench desk_bench password_flood_bench audit_bench \
      slow_connections_bench sweep_bench login_page_bench signet-hub signet
    say "Token decryption vs OpenSSL's own P-384/P-256 ECDH, measured in the same run ($(nproc) cores, one thread)"
    ours=$(build/$p/bench/token_decrypt_bench 3)
    theirs=$(openssl speed -seconds 3 ecdhp384 ecdhp256 2>/dev/null | grep -E '^ *[0-9]+ bits? ecdh \(nistp(384|256)\)')
    echo "$ours"
    echo "$theirs"
    for c in 384 256; do
      d=$(echo "$ours" | awk -v c="P-$c" '$1==c {print $3}')
      e=$(echo "$ours" | awk -v c="P-$c" '$1==c {print $5}')
      o=$(echo "$theirs" | awk -v c="nistp$c" '$0 ~ c {print $(NF)}')
      awk -v c="$c" -v d="$d" -v e="$e" -v o="$o" 'BEGIN {
        printf "| P-%s | %d | %d | %.0f | %.2f |\n", c, d, e, o, d / o }'
    done
    for ios in 17.4 15.7; do
      say "Sign-in pipeline, iOS $ios: 200 sign-ins, login form submitted → desk holds the verified identity"
      QT_LOGGING_RULES='*.info=false' build/$p/bench/sign_in_pipeline_bench 200 "$ios"
    done
    say "Supervisor search over 1,000,000 messages and a 200-conversation history: SQLite"
    QT_LOGGING_RULES='*.info=false' build/$p/bench/search_bench sqlite 1000000
    say "… and PostgreSQL (a throwaway cluster)"
    tests/support/with-postgres.sh env QT_LOGGING_RULES='*.info=false' build/$p/bench/search_bench postgresql 1000000
    say "The audit chain's check, before and after it left the event loop: 1,000,000 entries, SQLite"
    QT_LOGGING_RULES='*.info=false' build/$p/bench/audit_bench sqlite 1000000
    say "… and PostgreSQL (a throwaway cluster)"
    tests/support/with-postgres.sh env QT_LOGGING_RULES='*.info=false' build/$p/bench/audit_bench postgresql 1000000
    say "Strangers opening the customers' login page by the thousand: the hub's memory"
    QT_LOGGING_RULES='*.info=false;*.warning=false' build/$p/bench/login_page_bench
    say "The session sweep at 2,000 to 64,000 live logins: SQLite"
    QT_LOGGING_RULES='*.info=false' build/$p/bench/sweep_bench sqlite
    say "… and PostgreSQL (a throwaway cluster)"
    tests/support/with-postgres.sh env QT_LOGGING_RULES='*.info=false' build/$p/bench/sweep_bench postgresql
    hub="build/$p/signet-hub"
    load="build/$p/bench/hub_load_bench"
    say "The hub under load: 2,000 agents' WebSockets, 10,000 open conversations (SQLite)"
    QT_LOGGING_RULES='*.info=false' "$load" --hub "$hub"
    say "… on PostgreSQL (a throwaway cluster)"
    tests/support/with-postgres.sh env QT_LOGGING_RULES='*.info=false' "$load" --hub "$hub"
    say "… two hubs on one PostgreSQL: desks on hub A, customers on hub B"
    tests/support/with-postgres.sh env QT_LOGGING_RULES='*.info=false' "$load" --hub "$hub" --two-hubs
    say "A desk's round trip while strangers flood the hub with passwords"
    QT_LOGGING_RULES='*.info=false' "build/$p/bench/password_flood_bench" --hub "$hub"
    say "A desk's round trip while strangers hold the hub's connections (slowloris, silent, over the cap)"
    QT_LOGGING_RULES='*.info=false' "build/$p/bench/slow_connections_bench" --hub "$hub"
    say "The desk next to headless Chromium: start-up, memory, event-to-paint, a 100,000-message transcript"
    QT_LOGGING_RULES='*.info=false;*.warning=false' "build/$p/bench/desk_bench" --hub "$hub" \
      --desk "build/$p/signet" --chromium "$(command -v chromium)"
    ;;
  faults)
    install_missing
    build
    bin="build/$(preset)/tests/FaultInjectionTest"
    say "Fault injection, ${1:-100} cycles: the hub SIGKILLed and restarted, desk connections cut mid-frame (SQLite, WAL)"
    SIGNET_FAULT_CYCLES="${1:-100}" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='signet.*.info=false' "$bin"
    say "… and on PostgreSQL (a throwaway cluster)"
    SIGNET_FAULT_CYCLES="${1:-100}" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='signet.*.info=false' \
      tests/support/with-postgres.sh "$bin"
    ;;
  package)
    install_missing
    p=ci
    cmake --preset "$p" >/dev/null
    cmake --build --preset "$p" -j "$(nproc)" --target signet signet-hub signet-key
    cpack --config "build/$p/CPackConfig.cmake" -G DEB -B build/packages
    say "Packages in build/packages: install them with apt install ./build/packages/*.deb"
    ;;
  build)
    install_missing
    build
    ;;
  format)
    git ls-files '*.cpp' '*.h' | xargs clang-format -i
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = "help" ] || exit 2
    ;;
esac
