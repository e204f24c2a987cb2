"""selftest: each checker fails on a known-bad input (and passes a good one),
so no test passes vacuously.
"""

import os
import sys

from .contract import check_dom
from .dom import parse
from .filtered import check_filtered
from .layout import check_layout, check_readable
from .offline import check_offline
from .problems import Problems, usage
from .screenshot import check_screenshot


def expect_fail(name, run):
    p = Problems(name)
    out = sys.stdout
    import io
    sys.stdout = io.StringIO()
    try:
        run(p)
    finally:
        sys.stdout = out
    return p.items


BAD_OFFLINE = [
    '<img src="http://x.example/a.png">',
    '<img srcset="a.png 1x, data:image/png;base64,AA 2x">',
    '<script src="app.js"></script>',
    '<link rel="stylesheet" href="style.css">',
    '<base href="https://x.example/">',
    '<iframe srcdoc="x"></iframe>',
    '<a href="https://x.example/">x</a>',
    '<a href="//x.example/">x</a>',
    '<form action="/submit"></form>',
    '<button formaction="http://x.example/">x</button>',
    '<video poster="p.png"></video>',
    '<object data="x.svg"></object>',
    '<svg><image xlink:href="http://x.example/i.png"/></svg>',
    '<svg><use href="sprite.svg#a"/></svg>',
    '<style>@import "x.css";</style>',
    '<style>body { background: url(http://x.example/b.png) }</style>',
    "<style>@font-face { src: url('font.woff2') }</style>",
    '<p style="background-image:url( \'x.png\' )">x</p>',
    '<svg><rect fill="url(http://x.example/p.svg#g)"/></svg>',
    '<meta http-equiv="refresh" content="0; url=http://x.example/">',
    '<script>fetch("/data.json")</script>',
    '<script>new Image().src = "http://x.example/t.gif"</script>',
    '<table background="bg.png"></table>',
]
GOOD_OFFLINE = """<!DOCTYPE html><html lang="en"><head><title>parley report</title>
<style>.a { fill: url(#grad); background: url("data:image/png;base64,AA") }</style></head>
<body><a href="#graph">graph</a><svg xmlns="http://www.w3.org/2000/svg"
xmlns:xlink="http://www.w3.org/1999/xlink"><g><a xlink:title="see https://x.example/">
<text>https://x.example/ &lt;img src=http://x&gt;</text></a></g></svg>
<q>Visit http://x.example/ &lt;script src="http://x"&gt;</q>
<script>document.createElementNS("http://www.w3.org/2000/svg", "g");</script></body></html>"""


def selftest_offline():
    bad = 0
    for snippet in BAD_OFFLINE:
        items = expect_fail("offline", lambda p: check_offline(parse(snippet, True), p))
        if not items:
            print(f"  selftest offline: passed a bad snippet: {snippet}")
            bad += 1
    items = expect_fail("offline", lambda p: check_offline(parse(GOOD_OFFLINE, True), p))
    if items:
        print(f"  selftest offline: failed a good page: {items}")
        bad += 1
    return bad


def selftest_layout():
    bad = 0

    def svg(nodes, texts=None):
        body = []
        for k, (ident, x, y, w, h) in enumerate(nodes):
            label = (texts or {}).get(ident, ident[-3:])
            body.append(f'<g id="{ident}" class="node"><title>{ident}</title>'
                        f'<polygon points="{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h} {x},{y}"/>'
                        f'<text text-anchor="middle" x="{x + w / 2}" y="{y + h / 2 + 4}" '
                        f'font-family="Times,serif" font-size="14.00">{label}</text></g>')
        return parse(f'<svg viewBox="0 0 1000 1000"><g id="graph0" class="graph" '
                     f'transform="scale(1 1) rotate(0) translate(4 996)">{"".join(body)}</g></svg>',
                     True).find_all(lambda n: n.tag == "svg")[0]

    apart = [("actor-AAA", 0, -900, 80, 36), ("position-p.one", 200, -900, 80, 36)]
    cases = {
        "two overlapping boxes": [("actor-AAA", 0, -900, 80, 36), ("position-p.one", 40, -890, 80, 36)],
        "a box inside another": [("actor-AAA", 0, -900, 200, 100), ("position-p.one", 20, -880, 80, 36)],
    }
    for name, nodes in cases.items():
        if not expect_fail("layout", lambda p: check_layout(svg(nodes), p, 1, 1, False)):
            print(f"  selftest layout: passed {name}")
            bad += 1
    long = {"actor-AAA": "A label far too long for its little box"}
    if not expect_fail("layout", lambda p: check_layout(svg(apart, long), p, 1, 1, False)):
        print("  selftest layout: passed a label wider than its node")
        bad += 1
    if not expect_fail("layout", lambda p: check_layout(svg(apart), p, 2, 1, False)):
        print("  selftest layout: passed a missing actor node")
        bad += 1
    items = expect_fail("layout", lambda p: check_layout(svg(apart), p, 1, 1, False))
    if items:
        print(f"  selftest layout: failed a good layout: {items}")
        bad += 1
    return bad


def selftest_readable():
    bad = 0
    good = {"scrollWidth": 1280, "innerWidth": 1280, "labels": 50, "labelMin": 16.0}
    for name, m in [("a page wider than the window", dict(good, scrollWidth=2400)),
                    ("labels 4 px high", dict(good, labelMin=4.0)), ("no labels", dict(good, labels=0))]:
        if not expect_fail("readable", lambda p: check_readable(m, p, 10.0)):
            print(f"  selftest readable: passed {name}")
            bad += 1
    if expect_fail("readable", lambda p: check_readable(good, p, 10.0)):
        print("  selftest readable: failed a readable page")
        bad += 1
    return bad


def selftest_screenshot(tmp):
    from PIL import Image, ImageDraw
    bad = 0
    blank = os.path.join(tmp, "blank.png")
    Image.new("RGB", (320, 500), "white").save(blank)
    line = os.path.join(tmp, "line.png")
    im = Image.new("RGB", (320, 500), "white")
    ImageDraw.Draw(im).text((10, 10), "parley report", fill="black")
    im.save(line)
    for path, what in [(blank, "a white page"), (line, "one line of text on a white page")]:
        if not expect_fail("screenshot", lambda p: check_screenshot(path, 320, 500, p)):
            print(f"  selftest screenshot: passed {what}")
            bad += 1
    if not expect_fail("screenshot", lambda p: check_screenshot(blank, 1280, 2000, p)):
        print("  selftest screenshot: passed a screenshot of the wrong size")
        bad += 1
    return bad


def selftest_dom():
    bad = 0
    page = ('<!DOCTYPE html><html lang="en"><title>parley report</title><main>'
            '<form id="filters" hidden></form></main></html>')
    if not expect_fail("dom", lambda p: check_dom(parse(page, True), p, False)):
        print("  selftest dom: passed a page without sections, graph or findings")
        bad += 1
    findings = ('<section id="divergences">'
                '<article class="finding conflict" data-actors="UKR RUS" data-topics="ceasefire"><li data-date="2025-05-16">a</li></article>'
                '<article class="finding conflict" data-actors="USA RUS" data-topics="ceasefire"><li data-date="2025-07-15">b</li></article>'
                '</section>')
    if not expect_fail("filtered", lambda p: check_filtered(parse(findings, True), p, "USA", "", "", "")):
        print("  selftest filtered: passed a page where the filter hid nothing")
        bad += 1
    dated = findings.replace('<li data-date="2025-07-15">', '<li data-date="2025-07-15" hidden>')
    if not expect_fail("filtered", lambda p: check_filtered(parse(dated, True), p, "", "", "2025-07", "")):
        print("  selftest filtered: passed in-range evidence that is hidden")
        bad += 1
    return bad


def cmd_selftest(args):
    import tempfile
    names = args or ["offline", "layout", "readable", "screenshot", "dom"]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if name == "offline":
                bad += selftest_offline()
            elif name == "layout":
                bad += selftest_layout()
            elif name == "readable":
                bad += selftest_readable()
            elif name == "screenshot":
                bad += selftest_screenshot(tmp)
            elif name == "dom":
                bad += selftest_dom()
            else:
                usage()
    print(f"  selftest {' '.join(names)}: " + ("ok" if not bad else f"{bad} checker fault(s)"))
    return 1 if bad else 0
