#!/usr/bin/env bash
# Regenerates the example report that README.md links to, so a new user sees
# what parley produces before running it (issue 6):
#
#   examples/report.html         parley analyze --format html examples/ (shipped rules)
#   examples/report.png          a Chromium screenshot of it, 1280 px wide, tall
#                                enough for the summary, the graph and the start
#                                of the divergences
#   examples/report.png.source   the sha256 of the report.html the screenshot shows
#
# Run it after any change that changes the report; tests/e2e/html_example_stale.sh
# fails while the committed files are stale. It builds first (scripts/setup.sh,
# which installs what is missing, chromium included) and uses build/parley.
#
#   bash scripts/update-example-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh build

PYTHON=$(bash scripts/python-with.sh PIL || true)
[ -n "$PYTHON" ] || { echo "update-example-report: python3 with PIL is needed" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/parley-example-report.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export CHROMIUM_PROFILE="$tmp/chrome"

# From the repository root with the relative path examples/, exactly as the
# test regenerates it (document ids are relative to the folder named).
build/parley analyze --format html --out "$tmp/report.html" examples/

# The screenshot's height: down to the end of the first divergence, at least
# 1200 px (the full page if it is shorter).
layout=$("$PYTHON" tests/e2e/html_check.py chromium measure "$tmp/report.html" 1280)
height=$("$PYTHON" -c '
import json, math, sys
m = json.loads(sys.argv[1])
first = [v for k, v in m.items() if k.startswith("finding")]
end = first[0][1] if first else m.get("divergences", [0, 1200])[0] + 600
print(max(1200, min(6000, int(math.ceil((end + 40) / 100.0)) * 100)))' "$layout")

"$PYTHON" tests/e2e/html_check.py chromium screenshot "$tmp/report.html" "$tmp/report.png" 1280 "$height"
"$PYTHON" tests/e2e/html_check.py screenshot "$tmp/report.png" 1280 "$height"

sha=$(sha256sum "$tmp/report.html" | cut -d' ' -f1)
cp "$tmp/report.html" examples/report.html
cp "$tmp/report.png" examples/report.png
printf '%s  report.html\n' "$sha" >examples/report.png.source
echo "update-example-report: wrote examples/report.html, examples/report.png (1280 x $height) and examples/report.png.source"
