#!/usr/bin/env bash
# The example report committed under examples/ (linked from README.md) is the
# report parley writes today (issue 6):
#   - examples/report.html is byte for byte what `parley analyze --format html
#     examples/` writes (run from the repository root, as
#     scripts/update-example-report.sh runs it);
#   - examples/report.png.source holds the sha256 of that report.html, so
#     the screenshot examples/report.png was taken of it;
#   - examples/report.png is a 1280 px wide PNG that is not blank.
# When the report changes, regenerate all three with
#   bash scripts/update-example-report.sh
# Needs python3 with PIL for the screenshot check (scripts/setup.sh).
. "$(dirname "$0")/common.sh"

CHECK="$SRC/tests/e2e/html_check.py"
REGENERATE="bash scripts/update-example-report.sh"
PYTHON=$(bash "$SRC/scripts/python-with.sh" PIL || true)
[ -n "$PYTHON" ] || fail "python3 with PIL is needed (apt-get install python3-pil, or scripts/setup.sh)"

for f in report.html report.png report.png.source; do
  [ -f "$SRC/examples/$f" ] || fail "examples/$f is missing: generate it with: $REGENERATE"
done

check "examples/report.html is what parley writes today"
# From the repository root with the relative path, as the script does.
(cd "$SRC" && "$PARLEY" analyze --format html --out "$T/report.html" examples/) >"$T/out" 2>"$T/err" ||
  fail "parley analyze --format html examples/ failed: $(head -c 500 "$T/err")"
if ! cmp -s "$T/report.html" "$SRC/examples/report.html"; then
  echo "   --- diff committed examples/report.html -> today's report (first 40 lines) ---" >&2
  diff -u "$SRC/examples/report.html" "$T/report.html" | head -n 40 | cut -c1-300 | sed 's/^/   | /' >&2 || true
  fail "examples/report.html is stale; regenerate it (and the screenshot) with: $REGENERATE"
fi

check "examples/report.png.source holds the sha256 of the committed report"
sha=$(sha256sum "$SRC/examples/report.html" | cut -d' ' -f1)
read -r source_sha _ <"$SRC/examples/report.png.source" || true
[ "${source_sha:-}" = "$sha" ] ||
  fail "examples/report.png was taken of another report (report.png.source: ${source_sha:-empty}, report.html: $sha); regenerate with: $REGENERATE"

check "examples/report.png is a 1280 px wide screenshot that is not blank"
height=$("$PYTHON" -c 'from PIL import Image; import sys; im = Image.open(sys.argv[1]); print(im.size[1] if im.format == "PNG" and im.size[0] == 1280 else 0)' \
  "$SRC/examples/report.png") || height=0
[ "$height" -gt 0 ] || fail "examples/report.png is not a 1280 px wide PNG; regenerate with: $REGENERATE"
"$PYTHON" "$CHECK" screenshot "$SRC/examples/report.png" 1280 "$height" ||
  fail "examples/report.png looks blank (above); regenerate with: $REGENERATE"

pass
