#!/usr/bin/env bash
# Brings translations/signet_*.ts up to date with the desk's sources (app/ and ui/): new strings
# appear as unfinished (translate them in Qt Linguist or by hand), removed ones are dropped.
# tests/translations/check-translations.sh fails until every message is translated again.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in translations/signet_*.ts; do
  lang=${ts#translations/signet_}; lang=${lang%.ts}
  /usr/lib/qt6/bin/lupdate -no-obsolete -locations none -source-language en \
    -target-language "$lang" app ui -ts "$ts"
done
