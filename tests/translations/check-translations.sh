#!/usr/bin/env bash
# The translations are current and complete (./dev.sh test runs this):
#  1. lupdate, run on a scratch copy of translations/ over the desk's sources (app/ and ui/), leaves
#     every .ts file unchanged: no string was added, changed or removed in the code without the
#     .ts files following (run tools/update-translations.sh, then translate what is new);
#  2. every message is translated, with the source's placeholders, markup and mnemonics.
#   tests/translations/check-translations.sh SOURCE_DIR [LUPDATE]
set -euo pipefail
src=${1:?source directory}
lupdate=${2:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/signet-ts.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp "$src"/translations/signet_*.ts "$scratch/"
status=0
for ts in "$scratch"/signet_*.ts; do
  name=$(basename "$ts")
  lang=${name#signet_}; lang=${lang%.ts}
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -source-language en \
      -target-language "$lang" app ui -ts "$ts")
  if ! diff -u "$src/translations/$name" "$ts" >"$scratch/$name.diff"; then
    echo "translations/$name is not current with the sources: run tools/update-translations.sh" >&2
    head -40 "$scratch/$name.diff" >&2
    status=1
  fi
done
python3 "$src/tests/translations/check_translations.py" "$src"/translations/signet_*.ts || status=1
exit $status
