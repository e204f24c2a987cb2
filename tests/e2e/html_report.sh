#!/usr/bin/env bash
# The HTML report (issue 6) for examples/, as a reader's browser shows it:
# `parley analyze --format html` with the shipped rules, opened in headless
# Chromium (Debian's chromium). Checked with tests/e2e/html_check.py:
#   - the file itself, script off: every section of the contract with its
#     <h2>, the graph's inline SVG (nodes actor-UKR, actor-RUS, cluster
#     topic-ceasefire), the findings with evidence; the filter form hidden and
#     nothing else hidden (the page shows everything without script);
#   - the DOM after the inline script ran (--dump-dom): the same, and the
#     filter form shown; Conflict: Ukraine and Russia on Ceasefire is an
#     article.finding.conflict with dated evidence (<cite> doc:line, <q>);
#   - the URL fragment sets the filters: with #actor=USA every shown finding
#     involves USA and all others are hidden; with topic and dates too, the
#     evidence outside the range is hidden;
#   - at 1280 px the page does not scroll sideways, node labels >= 10 px high;
#   - a screenshot (1280 x 2000) is not blank: its size, many colours, a good
#     share of non-white pixels spread down the page, some colour.
# Needs python3 with PIL and chromium (scripts/setup.sh installs them).
. "$(dirname "$0")/common.sh"

CHECK="$SRC/tests/e2e/html_check.py"
PYTHON=$(bash "$SRC/scripts/python-with.sh" PIL || true)
[ -n "$PYTHON" ] || fail "python3 with PIL is needed (apt-get install python3-pil, or scripts/setup.sh)"
command -v chromium >/dev/null 2>&1 || fail "chromium is needed (apt-get install chromium, or scripts/setup.sh)"
command -v pdfinfo >/dev/null 2>&1 || fail "pdfinfo and pdftotext are needed (apt-get install poppler-utils, or scripts/setup.sh)"
export CHROMIUM_PROFILE="$T/chrome"

check "the checkers fail on a page without the report's parts, on a filter that did nothing, on a blank screenshot"
"$PYTHON" "$CHECK" selftest dom readable screenshot || fail "a checker is broken (above)"

check "parley analyze --format html examples/ writes one file"
expect_exit 0 "$PARLEY" analyze --format html --out "$T/report.html" "$SRC/examples"
expect_stdout_empty
expect_stderr_empty
[ -s "$T/report.html" ] || fail "no report written"
LAST_CMD=""  # the checks below print their own findings

check "the file, script off: every section, the SVG, the findings; only the filter form hidden"
"$PYTHON" "$CHECK" dom --raw "$T/report.html" || fail "the report file lacks parts of the contract (above)"

check "in Chromium, after the script ran: the same, and the filters shown"
"$PYTHON" "$CHECK" chromium dom "$T/report.html" "$T/dom.html" || fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" dom "$T/dom.html" || fail "the page in the browser lacks parts of the contract (above)"

check "#actor=USA: the findings that involve USA are shown, the others hidden"
"$PYTHON" "$CHECK" chromium dom "$T/report.html#actor=USA" "$T/dom-usa.html" || fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" filtered --actor USA "$T/dom-usa.html" || fail "the actor filter from the URL fragment is wrong (above)"

check "#topic=ceasefire&from=2025-06&to=2025-07: the topic and the date range filter too"
"$PYTHON" "$CHECK" chromium dom "$T/report.html#topic=ceasefire&from=2025-06&to=2025-07" "$T/dom-dates.html" ||
  fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" filtered --topic ceasefire --from 2025-06 --to 2025-07 "$T/dom-dates.html" ||
  fail "the topic and date filters from the URL fragment are wrong (above)"

check "at 1280 px the page does not scroll sideways and the graph's labels are at least 10 px high"
"$PYTHON" "$CHECK" chromium measure "$T/report.html" 1280 >"$T/measure.json" || fail "chromium could not measure the page"
"$PYTHON" "$CHECK" readable "$T/measure.json" 10 || fail "the graph is not readable in the browser (above)"

check "a screenshot at 1280 x 2000 is not blank"
"$PYTHON" "$CHECK" chromium screenshot "$T/report.html" "$T/report.png" 1280 2000 || fail "no screenshot"
"$PYTHON" "$CHECK" screenshot "$T/report.png" 1280 2000 || fail "the screenshot looks blank (above)"

check "printed (print styles): a PDF of several pages, every section's heading in its text, no filter form"
"$PYTHON" "$CHECK" chromium pdf "$T/report.html" "$T/report.pdf" || fail "chromium could not print the report"
pages=$(pdfinfo "$T/report.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 3 ] || fail "the printed report has ${pages:-0} page(s); expected several"
pdftotext "$T/report.pdf" "$T/report.txt"
for heading in "Summary" "The actor–position graph" "Actor × topic matrix" "Where the parties diverge" \
  "Agreement index" "Timeline" "Coverage"; do
  grep -qF "$heading" "$T/report.txt" || fail "the printed report lacks the heading '$heading'"
done
if grep -qF "all actors" "$T/report.txt"; then fail "the filter form is printed"; fi

pass
