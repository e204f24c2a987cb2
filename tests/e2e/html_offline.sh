#!/usr/bin/env bash
# The HTML report refers to no network resource (issue 6): it is one file
# that opens offline, and a hostile corpus cannot make it load anything.
#
#   1. The checker (tests/e2e/html_check.py offline) walks every tag and
#      attribute with python3's html.parser: no src/href/xlink:href/action/
#      formaction/poster/srcset/data/background/cite/... pointing anywhere but
#      `#…` or `data:`; no <link>, <base>, <iframe>, <object>, <embed>; no
#      <script src>; no @import or url() other than url(#…)/url(data:…) in
#      <style> or style/presentation attributes; no network API in the inline
#      script. Raw text is not checked: an evidence sentence may quote a URL.
#      Its self-test first shows it fails on 23 known-bad snippets and passes
#      a good page that quotes URLs as text.
#   2. The report for examples/ passes, before and after its script ran (the
#      DOM Chromium dumps), and Chromium's net log of opening it holds no
#      request from the page but file: and data:.
#   3. A hostile corpus: claims whose sentences and document ids hold
#      <script>, "><img src=http://…>, </q>, a URL, a style with @import, a
#      javascript: link, a comment and an already-escaped entity, and an
#      ontology whose actor, topic and position names do the same. The report
#      passes the checker; every hostile string is in the page's text, never in
#      a script, style, URL or event attribute; and the page has the same
#      elements in the same order as the report of the same claims with those
#      characters replaced by letters, so the text made no new tags.
# Needs python3 (PIL not needed here) and chromium (scripts/setup.sh installs it).
. "$(dirname "$0")/common.sh"

CHECK="$SRC/tests/e2e/html_check.py"
PYTHON=$(bash "$SRC/scripts/python-with.sh" || true)
[ -n "$PYTHON" ] || fail "python3 is needed"
command -v chromium >/dev/null 2>&1 || fail "chromium is needed (apt-get install chromium, or scripts/setup.sh)"
export CHROMIUM_PROFILE="$T/chrome"

check "the checker fails on each known-bad snippet and passes a page that quotes URLs as text"
"$PYTHON" "$CHECK" selftest offline || fail "the offline checker is broken (above)"

check "the report for examples/ refers to no network resource"
expect_exit 0 "$PARLEY" analyze --format html --out "$T/report.html" "$SRC/examples"
[ -s "$T/report.html" ] || fail "no report written"
LAST_CMD=""  # the checks below print their own findings
"$PYTHON" "$CHECK" offline "$T/report.html" || fail "the examples report refers to a network resource (above)"

check "... nor does its DOM after the inline script ran"
"$PYTHON" "$CHECK" chromium dom "$T/report.html" "$T/dom.html" || fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" offline "$T/dom.html" || fail "after its script ran, the page refers to a network resource (above)"

check "... and Chromium, opening it, requests nothing but file: and data:"
"$PYTHON" "$CHECK" chromium netlog "$T/report.html" "$T/net.json" || fail "chromium failed"
"$PYTHON" "$CHECK" netlog "$T/net.json" || fail "opening the report made network requests (above)"

check "a hostile corpus: markup, URLs and quotes in sentences, document ids and names"
# The strings a sentence or name carries; each must come out as text.
HOSTILE=(
  '<script>alert(1)</script>'
  '"><img src=http://x.example/a.png>'
  'https://evil.example/p?a=1&b=2'
  '</q></cite></li></article>'
  '<style>@import url(http://x.example/s.css)</style>'
  "<a href='javascript:alert(2)'>click</a>"
  '<!-- x -->'
  '&lt;b&gt;'
  '<svg onload=alert(3)>'
)
mkdir "$T/hostile" "$T/benign"
# make_corpus DIR MODE : writes DIR/rules/ontology.yaml and DIR/claims.jsonl;
# MODE benign replaces every character of the hostile strings that is not a
# letter, digit or space by "x" (same lengths, same words).
make_corpus() {
  "$PYTHON" - "$1" "$2" "${HOSTILE[@]}" <<'EOF'
import json, os, re, sys
out, mode, hostile = sys.argv[1], sys.argv[2], sys.argv[3:]
def h(s):
    return re.sub(r"[^A-Za-z0-9 ]", "x", s) if mode == "benign" else s
def y(s):   # a YAML double-quoted string
    return json.dumps(s)
os.makedirs(f"{out}/rules")
open(f"{out}/rules/ontology.yaml", "w").write(f"""parley: 1
actors:
  - id: UKR
    name: {y("Ukraine " + h(hostile[0]))}
    aliases: {{en: [Ukraine]}}
  - id: RUS
    name: {y("Russia " + h(hostile[1]))}
    aliases: {{en: [Russia]}}
  - id: USA
    name: {y("United States " + h(hostile[3]))}
    aliases: {{en: [Washington]}}
topics:
  - id: ceasefire
    name: {y("Ceasefire " + h(hostile[4]))}
    exclusive: true
    positions:
      - {{id: ceasefire.unconditional, name: {y("Unconditional " + h(hostile[5]))}}}
      - {{id: ceasefire.conditional, name: {y("Conditional " + h(hostile[6]))}}}
  - id: talks
    name: {y("Talks " + h(hostile[7]))}
    positions:
      - {{id: talks.direct, name: {y("Direct talks " + h(hostile[8]))}}}
      - {{id: talks.none, name: {y("No talks " + h(hostile[2]))}}}
    conflicts:
      - [talks.direct, talks.none]
""")
claims = []
def claim(doc, date, actor, stance, position, text, attrs=None, condition_of=None):
    claims.append({"doc": doc, "date": date, "sentence": len(claims) + 1, "line": len(claims) + 1,
                   "start": 0, "end": len(text.encode()), "actor": actor, "stance": stance,
                   "position": position, "topic": position.split(".")[0], "target": None,
                   "attributes": attrs or {}, "condition_of": condition_of,
                   "rule": f"x.{position}", "text": text})
# One sentence per hostile string, so that no report cuts one short.
pairs = [("UKR", "demand", "ceasefire.unconditional"), ("RUS", "demand", "ceasefire.conditional"),
         ("USA", "support", "ceasefire.unconditional"), ("RUS", "reject", "ceasefire.unconditional"),
         ("UKR", "propose", "talks.direct"), ("RUS", "demand", "talks.none"),
         ("USA", "support", "talks.direct"), ("UKR", "reject", "talks.none"),
         ("RUS", "propose", "ceasefire.conditional")]
for k, s in enumerate(hostile):
    actor, stance, position = pairs[k % len(pairs)]
    claim(h(f"doc{k}{s}") if k < 3 else f"doc{k}", f"2025-0{5 + k % 3}-1{k}", actor, stance, position,
          f"Sentence {k} says {h(s)} here.", {"note": h(s)} if k == 2 else None)
with open(f"{out}/claims.jsonl", "w") as f:
    for c in claims:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
EOF
}
make_corpus "$T/hostile/c" hostile
make_corpus "$T/benign/c" benign
expect_exit 0 "$PARLEY" compare --rules "$T/hostile/c/rules" --format html --out "$T/hostile.html" "$T/hostile/c/claims.jsonl"
expect_exit 0 "$PARLEY" compare --rules "$T/benign/c/rules" --format html --out "$T/benign.html" "$T/benign/c/claims.jsonl"
LAST_CMD=""

check "the hostile report refers to no network resource"
"$PYTHON" "$CHECK" offline "$T/hostile.html" || fail "hostile input put a network reference in the report (above)"

check "the hostile strings are text: in the page's text, same elements as the benign report"
"$PYTHON" "$CHECK" escaped "$T/hostile.html" "$T/benign.html" "${HOSTILE[@]}" ||
  fail "hostile input was not escaped (above)"

check "... and Chromium, running the hostile page, requests nothing and runs no injected script"
"$PYTHON" "$CHECK" chromium netlog "$T/hostile.html" "$T/net-hostile.json" || fail "chromium failed"
"$PYTHON" "$CHECK" netlog "$T/net-hostile.json" || fail "opening the hostile report made network requests (above)"
"$PYTHON" "$CHECK" chromium dom "$T/hostile.html" "$T/hostile-dom.html" || fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" offline "$T/hostile-dom.html" || fail "the hostile page's DOM refers to a network resource (above)"
"$PYTHON" "$CHECK" chromium dom "$T/benign.html" "$T/benign-dom.html" || fail "chromium could not dump the DOM"
"$PYTHON" "$CHECK" escaped "$T/hostile-dom.html" "$T/benign-dom.html" "${HOSTILE[@]}" ||
  fail "in the browser the hostile page has other elements than the benign one (above): injected markup ran"

pass
