#!/usr/bin/env python3
"""Checks of parley's HTML report (issue 6), shared by the tests/e2e/html_*.sh
tests and scripts/update-example-report.sh. Only the standard library, plus
PIL for screenshots and font metrics (Debian: python3-pil).

    html_check.py chromium dom URL OUT            DOM after scripts ran -> OUT
    html_check.py chromium screenshot URL PNG WIDTH HEIGHT
    html_check.py chromium netlog URL OUT.json    load URL, keep Chromium's net log
    html_check.py chromium measure FILE WIDTH     JSON: top and bottom of each section (CSS px)
    html_check.py dom FILE [--raw]                the report's structure (contract)
    html_check.py filtered FILE [--actor A] [--topic T] [--from D] [--to D]
    html_check.py offline FILE...                 no reference to a network resource
    html_check.py netlog NET.json                 the page requested nothing but file:/data:
    html_check.py escaped HOSTILE BENIGN TEXT...  user text came out as text, not markup
    html_check.py layout FILE --actors N --positions M
    html_check.py readable MEASURE.json [PX]      no sideways scroll; node labels >= PX (10) high
    html_check.py screenshot PNG WIDTH HEIGHT     the screenshot is not blank
    html_check.py selftest [NAME...]              every checker fails on bad input

Each check prints what it found wrong, one line each, and exits 1 if anything
was; 0 otherwise. Usage errors exit 2.
"""

import html
import html.parser
import json
import os
import re
import subprocess
import sys

# --------------------------------------------------------------------------
# A small DOM built with html.parser (no bs4/lxml on a plain Debian).

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs          # dict; names lower-cased by html.parser
        self.parent = parent
        self.children = []          # Nodes and str
        self.line = 0

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, pred):
        return [n for n in self.iter() if n is not self and pred(n)]

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def classes(self):
        return set(self.attrs.get("class", "").split())

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def hidden(self):
        """Hidden by the `hidden` attribute on itself or an ancestor."""
        return "hidden" in self.attrs or any("hidden" in a.attrs for a in self.ancestors())

    def __repr__(self):
        a = " ".join(f'{k}="{v}"' for k, v in list(self.attrs.items())[:4])
        return f"<{self.tag} {a}> (line {self.line})"


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack = [self.root]
        self.doctype = None
        self.starttags = []         # (tag, attrs as list) in document order
        self.raw_data = []          # (tag of the enclosing element, data)

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self._open(tag, attrs, tag in VOID)

    def handle_startendtag(self, tag, attrs):
        self._open(tag, attrs, True)

    def _open(self, tag, attrs, closed):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.stack[-1])
        node.line = self.getpos()[0]
        node.attr_list = attrs
        self.stack[-1].children.append(node)
        self.starttags.append((tag, attrs))
        if not closed:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)
        self.raw_data.append((self.stack[-1].tag, data))


def parse(path_or_text, is_text=False):
    text = path_or_text if is_text else open(path_or_text, encoding="utf-8").read()
    b = Builder()
    b.feed(text)
    b.close()
    b.root.doctype = b.doctype
    b.root.starttags = b.starttags
    b.root.raw_data = b.raw_data
    return b.root


def by_id(root, ident):
    found = root.find_all(lambda n: n.attrs.get("id") == ident)
    return found[0] if found else None


def table_in(root, ident, section):
    """table#ident; the contract gives section#matrix and table#matrix (and
    #timeline) the same id, so the table is also found inside its section."""
    tables = root.find_all(lambda n: n.tag == "table" and n.attrs.get("id") == ident)
    if tables:
        return tables[0]
    sec = by_id(root, section)
    inner = sec.find_all(lambda n: n.tag == "table") if sec is not None else []
    return inner[0] if inner else None


class Problems:
    def __init__(self, what):
        self.what = what
        self.items = []

    def add(self, msg):
        self.items.append(msg)

    def check(self, cond, msg):
        if not cond:
            self.add(msg)
        return cond

    def report(self):
        for m in self.items[:60]:
            print(f"  {self.what}: {m}")
        if len(self.items) > 60:
            print(f"  {self.what}: ... and {len(self.items) - 60} more")
        return 1 if self.items else 0


# --------------------------------------------------------------------------
# chromium: one place for the flags (Debian's chromium, run as root here).

def chromium_flags(profile):
    return ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-dev-shm-usage", "--disable-extensions", "--disable-sync",
            "--disable-default-apps", "--mute-audio",
            # Nothing leaves the machine: every host name fails to resolve.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
            f"--user-data-dir={profile}"]


def run_chromium(args, profile):
    binary = os.environ.get("CHROMIUM", "chromium")
    cmd = ["timeout", "120", binary] + chromium_flags(profile) + args
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Debian's launcher and Chromium write noise to stderr (dbus, the shm
    # check): it is kept for a failure message only.
    if r.returncode != 0:
        sys.stderr.write(f"chromium failed (status {r.returncode}): {' '.join(cmd)}\n")
        err = [l for l in r.stderr.decode("utf-8", "replace").splitlines() if "dbus" not in l]
        sys.stderr.write("\n".join(err[-20:]) + "\n")
        sys.exit(1)
    return r.stdout


def cmd_chromium(args):
    if len(args) < 3:
        usage()
    mode, url = args[0], args[1]
    if not re.match(r"^(file|data):", url):
        # A path, maybe with a #fragment: the report's filters read it.
        import urllib.parse
        path, hash_, fragment = url.partition("#")
        url = "file://" + urllib.parse.quote(os.path.abspath(path)) + hash_ + fragment
    profile = os.environ.get("CHROMIUM_PROFILE") or os.path.join(
        os.environ.get("TMPDIR", "/tmp"), f"parley-chromium-{os.getpid()}")
    cleanup = not os.environ.get("CHROMIUM_PROFILE")
    try:
        if mode == "dom":
            out = run_chromium(["--dump-dom", url], profile)
            if not out.strip():
                print("chromium printed no DOM")
                return 1
            open(args[2], "wb").write(out)
        elif mode == "screenshot":
            png, width, height = args[2], int(args[3]), int(args[4])
            if os.path.exists(png):
                os.remove(png)
            run_chromium([f"--screenshot={os.path.abspath(png)}",
                          f"--window-size={width},{height}", "--hide-scrollbars",
                          "--force-device-scale-factor=1", url], profile)
            if not os.path.exists(png):
                print(f"chromium wrote no screenshot to {png}")
                return 1
        elif mode == "netlog":
            run_chromium([f"--log-net-log={os.path.abspath(args[2])}",
                          "--net-log-capture-mode=Default", "--dump-dom", url], profile)
        elif mode == "measure":
            # Where things end on the page at a width (CSS px): a copy of the
            # report with a script that, on load, writes the positions of the
            # sections into an attribute of <html>, which --dump-dom shows.
            width, path = int(args[2]), url.partition("#")[0][len("file://"):]
            import urllib.parse
            path = urllib.parse.unquote(path)
            os.makedirs(profile, exist_ok=True)
            copy = os.path.join(profile, "measure.html")
            probe = ("<script>addEventListener('load', function () {"
                     "var m = {}, n = 0; document.querySelectorAll('section[id], article.finding').forEach("
                     "function (e) { var r = e.getBoundingClientRect(); var k = e.tagName == 'ARTICLE' ? "
                     "'finding' + (n++) : e.id; m[k] = [r.top + scrollY, r.bottom + scrollY]; });"
                     "m.page = document.documentElement.scrollHeight;"
                     "m.scrollWidth = document.documentElement.scrollWidth; m.innerWidth = innerWidth;"
                     "var hs = []; document.querySelectorAll('#graph svg g.node text').forEach(function (t) {"
                     "var r = t.getBoundingClientRect(); if (r.width > 0) hs.push(r.height); });"
                     "m.labels = hs.length; m.labelMin = hs.length ? Math.min.apply(null, hs) : 0;"
                     "var svg = document.querySelector('#graph svg'); if (svg) { var r = svg.getBoundingClientRect();"
                     "m.svg = [r.left, r.top + scrollY, r.width, r.height]; }"
                     "document.documentElement.setAttribute('data-measure', JSON.stringify(m)); });"
                     "</script>")
            open(copy, "w", encoding="utf-8").write(open(path, encoding="utf-8").read() + probe)
            out = run_chromium([f"--window-size={width},1000", "--dump-dom",
                                "file://" + urllib.parse.quote(copy)], profile)
            m = re.search(rb'data-measure="([^"]*)"', out)
            if not m:
                print("the page did not report its layout")
                return 1
            print(html.unescape(m.group(1).decode("utf-8")))
        else:
            usage()
    finally:
        if cleanup:
            subprocess.run(["rm", "-rf", profile])
    return 0


# --------------------------------------------------------------------------
# dom: the report's structure, as the contract of issue 6 says.

SECTIONS = ["summary", "graph", "divergences", "conditions", "common-ground", "matrix",
            "coalitions", "agreement", "brokers", "timeline", "shifts", "contradictions",
            "coverage"]


def check_dom(root, p, raw):
    p.check(root.doctype is not None and root.doctype.lower() == "doctype html",
            f"no <!DOCTYPE html> (found {root.doctype!r})")
    htmls = root.find_all(lambda n: n.tag == "html")
    p.check(htmls and htmls[0].attrs.get("lang") == "en", '<html lang="en"> missing')
    titles = [n for n in root.find_all(lambda n: n.tag == "title")
              if not any(a.tag == "svg" for a in n.ancestors())]
    p.check(titles and titles[0].text().strip().startswith("parley report"),
            f"<title> does not start with 'parley report': {[t.text() for t in titles][:1]}")
    mains = root.find_all(lambda n: n.tag == "main")
    p.check(len(mains) == 1, f"expected one <main>, found {len(mains)}")
    for ident in SECTIONS:
        s = by_id(root, ident)
        if not p.check(s is not None and s.tag == "section", f"no <section id=\"{ident}\">"):
            continue
        p.check(any(a.tag == "main" for a in s.ancestors()), f"section#{ident} is not in <main>")
        p.check(s.find_all(lambda n: n.tag == "h2" and n.text().strip()),
                f"section#{ident} has no <h2>")
        if raw:
            p.check(not s.hidden(), f"section#{ident} is hidden without script")

    # The graph: an inline, labelled SVG drawn by Graphviz.
    graph = by_id(root, "graph")
    if graph is not None:
        svgs = graph.find_all(lambda n: n.tag == "svg")
        figs = graph.find_all(lambda n: n.tag == "figure")
        p.check(figs, "section#graph has no <figure>")
        if p.check(svgs, "section#graph has no inline <svg>"):
            svg = svgs[0]
            p.check(any(a.tag == "figure" for a in svg.ancestors()), "the <svg> is not in a <figure>")
            p.check(svg.attrs.get("role") == "img", 'the <svg> has no role="img"')
            labelled = svg.attrs.get("aria-labelledby", "").split()
            p.check(labelled, "the <svg> has no aria-labelledby")
            for ident in labelled:
                target = by_id(root, ident)
                p.check(target is not None and target.text().strip(),
                        f"aria-labelledby names '{ident}', which is missing or empty")
            kids = [c for c in svg.children if isinstance(c, Node)]
            p.check(any(c.tag == "title" and c.text().strip() for c in kids), "the <svg> has no <title>")
            p.check(any(c.tag == "desc" and c.text().strip() for c in kids), "the <svg> has no <desc>")
            groups = {n.attrs.get("id"): n for n in svg.find_all(lambda n: n.tag == "g")}
            for ident, cls in [("actor-UKR", "node"), ("actor-RUS", "node"),
                               ("position-ceasefire.unconditional", "node"),
                               ("topic-ceasefire", "cluster")]:
                g = groups.get(ident)
                if p.check(g is not None, f"the SVG has no <g id=\"{ident}\">"):
                    p.check(cls in g.classes(), f"g#{ident} is not class {cls}")
                    if cls == "node":
                        p.check(g.find_all(lambda n: n.tag == "text" and n.text().strip()),
                                f"g#{ident} has no label <text>")
            ukr = groups.get("actor-UKR")
            if ukr is not None:
                p.check(ukr.find_all(lambda n: n.tag == "ellipse"), "actor-UKR is not drawn as an <ellipse>")
                p.check("Ukraine" in ukr.text(), "actor-UKR's label does not say Ukraine")
            edges = svg.find_all(lambda n: n.tag == "g" and "edge" in n.classes())
            p.check(len(edges) >= 10, f"the SVG has {len(edges)} edges, expected many")

    # The divergences, pair by pair, with evidence.
    div = by_id(root, "divergences")
    if div is not None:
        findings = div.find_all(lambda n: n.tag == "article" and "finding" in n.classes())
        p.check(len(findings) >= 5, f"section#divergences has {len(findings)} findings")
        for f in findings:
            p.check(f.classes() & {"conflict", "differ"}, f"{f!r} is neither conflict nor differ")
            p.check(len(f.attrs.get("data-actors", "").split()) >= 2, f"{f!r} has no data-actors pair")
            p.check(f.attrs.get("data-topics", "").split(), f"{f!r} has no data-topics")
            p.check(f.find_all(lambda n: n.tag == "h3"), f"{f!r} has no <h3>")
            # No filter set (no URL fragment): every finding is shown.
            p.check(not f.hidden(), f"{f!r} is hidden " + ("without script" if raw else "with no filter set"))
        ukr_rus = [f for f in findings if "conflict" in f.classes()
                   and {"UKR", "RUS"} <= set(f.attrs.get("data-actors", "").split())
                   and "ceasefire" in f.attrs.get("data-topics", "").split()]
        if p.check(ukr_rus, "no article.finding.conflict with data-actors UKR RUS and data-topics ceasefire"):
            f = ukr_rus[0]
            h3 = " ".join(f.find_all(lambda n: n.tag == "h3")[0].text().split())
            p.check(h3 == "Conflict: Ukraine and Russia on Ceasefire",
                    f"the UKR/RUS ceasefire finding's <h3> is {h3!r}")
            items = f.find_all(lambda n: n.tag == "li" and "data-date" in n.attrs)
            p.check(len(items) >= 2, f"the UKR/RUS ceasefire finding has {len(items)} dated evidence items")
            quotes = [q.text().strip() for li in items for q in li.find_all(lambda n: n.tag == "q")]
            cites = [c.text().strip() for li in items for c in li.find_all(lambda n: n.tag == "cite")]
            p.check(any("bedingungslose Waffenruhe" in q or "unconditional" in q for q in quotes),
                    f"no evidence <q> about the unconditional ceasefire: {quotes[:3]}")
            p.check(cites and all(re.fullmatch(r"\S+:\d+", c) for c in cites),
                    f"evidence <cite>s are not doc:line: {cites[:3]}")
            p.check(all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", li.attrs["data-date"]) for li in items),
                    f"bad data-date: {[li.attrs['data-date'] for li in items][:5]}")

    # The filters: hidden without script, shown by the inline script.
    form = by_id(root, "filters")
    if p.check(form is not None and form.tag == "form", "no <form id=\"filters\">"):
        if raw:
            p.check("hidden" in form.attrs, "form#filters is not hidden in the file (script off)")
        else:
            p.check("hidden" not in form.attrs, "form#filters is still hidden: the script did not run")
        for ident, tag in [("filter-actor", "select"), ("filter-topic", "select"),
                           ("filter-from", "input"), ("filter-to", "input")]:
            e = by_id(form, ident)
            p.check(e is not None and e.tag == tag, f"no <{tag} id=\"{ident}\"> in the form")
        actor = by_id(form, "filter-actor")
        if actor is not None:
            values = [o.attrs.get("value") for o in actor.find_all(lambda n: n.tag == "option")]
            p.check("" in values and "UKR" in values and "USA" in values,
                    f"filter-actor's options are {values}")
    scripts = root.find_all(lambda n: n.tag == "script")
    p.check(scripts, "no inline <script>")

    # Ids are unique in a page (getElementById, #fragment links, aria-labelledby).
    seen = {}
    for n in root.iter():
        ident = n.attrs.get("id")
        if ident is not None:
            seen.setdefault(ident, []).append(n)
    for ident, nodes in seen.items():
        p.check(len(nodes) == 1, f"the id {ident!r} is used {len(nodes)} times: {nodes[:3]}")

    matrix = table_in(root, "matrix", "matrix")
    if p.check(matrix is not None, "no <table id=\"matrix\"> (nor a table in section#matrix)"):
        rows = {r.attrs.get("data-actor"): r for r in matrix.find_all(lambda n: n.tag == "tr")}
        if p.check("UKR" in rows and "RUS" in rows, f"matrix rows: {sorted(k for k in rows if k)}"):
            cells = rows["RUS"].find_all(lambda n: n.tag == "td" and "data-topic" in n.attrs)
            kinds = {c for cell in cells for c in cell.classes() if c.startswith("cell-")}
            p.check(kinds and kinds <= {"cell-hold", "cell-reject", "cell-conflict", "cell-none"},
                    f"RUS's matrix cells have classes {kinds}")
            p.check(any(c.attrs["data-topic"] == "ceasefire" for c in cells), "no RUS ceasefire cell")
    for ident, section in [("agreement-heatmap", "agreement"), ("timeline", "timeline")]:
        t = table_in(root, ident, section)
        if p.check(t is not None, f"no <table id=\"{ident}\"> (nor a table in section#{section})"):
            p.check(len(t.find_all(lambda n: n.tag == "td")) >= 2, f"table#{ident} is empty")


def cmd_dom(args):
    raw = "--raw" in args
    files = [a for a in args if a != "--raw"]
    if len(files) != 1:
        usage()
    p = Problems("dom")
    check_dom(parse(files[0]), p, raw)
    return p.report()


# --------------------------------------------------------------------------
# filtered: after a URL fragment set the filters, the right things are hidden.

def date_span(d):
    """A YYYY[-MM[-DD]] date as the closed interval of full dates it covers."""
    if not d or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return None
    parts = d.split("-")
    lo = "-".join(parts + ["01"] * (3 - len(parts)))
    hi = "-".join(parts + (["12", "31"] if len(parts) == 1 else ["31"] if len(parts) == 2 else []))
    return lo, hi


def check_filtered(root, p, actor, topic, frm, to):
    div = by_id(root, "divergences")
    if not p.check(div is not None, "no section#divergences"):
        return
    findings = div.find_all(lambda n: n.tag == "article" and "finding" in n.classes())
    lo = date_span(frm)[0] if frm else "0000-00-00"
    hi = date_span(to)[1] if to else "9999-99-99"
    shown = hidden = items_in = items_out = 0
    for f in findings:
        want = True
        if actor and actor not in f.attrs.get("data-actors", "").split():
            want = False
        if topic and topic not in f.attrs.get("data-topics", "").split():
            want = False
        items = f.find_all(lambda n: n.tag == "li" and "data-date" in n.attrs)
        if want and (frm or to):
            visible_items = 0
            for li in items:
                span = date_span(li.attrs["data-date"])
                if span is None:
                    continue                      # undated: the contract does not say
                if span[0] >= lo and span[1] <= hi:
                    items_in += 1
                    visible_items += p.check(not li.hidden(),
                                             f"evidence dated {li.attrs['data-date']} is hidden in {f!r}")
                elif span[1] < lo or span[0] > hi:
                    items_out += 1
                    p.check(li.hidden(), f"evidence dated {li.attrs['data-date']} is shown in {f!r}")
                # else: a partial date across a bound; either way is right
            if not any(not li.hidden() for li in items):
                want = False
        if want:
            shown += 1
            p.check(not f.hidden(), f"{f!r} ({f.attrs.get('data-actors')} on {f.attrs.get('data-topics')}) "
                                    f"should be shown and is hidden")
        else:
            hidden += 1
            p.check(f.hidden(), f"{f!r} ({f.attrs.get('data-actors')} on {f.attrs.get('data-topics')}) "
                                f"should be hidden and is shown")
    # Not vacuous: the filter kept some findings and hid others.
    p.check(shown > 0, "the filter leaves no finding to check")
    p.check(hidden > 0, "the filter hides no finding: the check would pass without a script")
    if frm or to:
        p.check(items_in > 0 and items_out > 0,
                f"the date range splits no evidence ({items_in} in, {items_out} out)")
    print(f"  filtered: {shown} findings shown, {hidden} hidden"
          + (f"; evidence {items_in} in range, {items_out} out" if frm or to else ""))


def cmd_filtered(args):
    opts = {"--actor": "", "--topic": "", "--from": "", "--to": ""}
    files = []
    i = 0
    while i < len(args):
        if args[i] in opts and i + 1 < len(args):
            opts[args[i]] = args[i + 1]
            i += 2
        else:
            files.append(args[i])
            i += 1
    if len(files) != 1:
        usage()
    p = Problems("filtered")
    check_filtered(parse(files[0]), p, opts["--actor"], opts["--topic"], opts["--from"], opts["--to"])
    return p.report()


# --------------------------------------------------------------------------
# offline: no reference to any network resource (tags, attributes, CSS).

# Attributes whose value is fetched or navigated to (HTML and SVG).
URL_ATTRS = {"src", "href", "xlink:href", "action", "formaction", "poster", "srcset",
             "imagesrcset", "data", "background", "cite", "ping", "manifest", "codebase",
             "archive", "classid", "longdesc", "usemap", "lowsrc", "dynsrc", "profile",
             "icon", "itemtype", "xml:base"}
# Elements that load or embed another resource whatever their attributes.
BAD_TAGS = {"link", "base", "iframe", "frame", "frameset", "object", "embed", "applet",
            "portal", "fencedframe"}
NS_URIS = ("http://www.w3.org/",)        # identifiers, not fetched (xmlns, createElementNS)


def local_ref(value):
    v = value.strip().lower()
    return v.startswith("#") or v.startswith("data:")


def css_problems(css):
    out = []
    if re.search(r"@import", css, re.I):
        out.append("@import")
    for m in re.finditer(r"url\(\s*(['\"]?)(.*?)\1\s*\)", css, re.I | re.S):
        if not local_ref(m.group(2)):
            out.append(f"url({m.group(2)[:60]})")
    for m in re.finditer(r"image-set\(\s*(['\"])(.*?)\1", css, re.I | re.S):
        if not local_ref(m.group(2)):
            out.append(f"image-set({m.group(2)[:60]})")
    if re.search(r"\\0*75\s*r|u\\0*72|\\0*40\s*import", css, re.I):
        out.append("a CSS escape spelling url( or @import")
    return out


SCRIPT_NET = re.compile(r"\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|"
                        r"importScripts|\bimport\s*\(|^\s*import\s|\.src\s*=|\.href\s*=|"
                        r"location\s*=|location\.(assign|replace)|window\.open|"
                        r"setAttribute\(\s*['\"](src|href|action|srcset)|"
                        r"(https?:|wss?:|ftp:)?//[a-z0-9.-]+\.[a-z]{2,}", re.I | re.M)


def check_offline(root, p):
    for n in root.iter():
        if n.tag in BAD_TAGS:
            p.add(f"<{n.tag}> element (line {n.line})")
        if n.tag == "meta" and n.attrs.get("http-equiv", "").lower() in ("refresh", "link"):
            p.add(f"<meta http-equiv={n.attrs['http-equiv']}> (line {n.line})")
        if n.tag == "script" and "src" in n.attrs:
            p.add(f"<script src={n.attrs['src']!r}> (line {n.line})")
        for name, value in getattr(n, "attr_list", []):
            value = value or ""
            name = name.lower()
            if name in URL_ATTRS or name.endswith(":href"):
                if name == "srcset" or name == "imagesrcset":
                    urls = [c.strip().split()[0] for c in value.split(",") if c.strip()]
                else:
                    urls = [value]
                for u in urls:
                    if not local_ref(u):
                        p.add(f"<{n.tag} {name}=\"{value[:80]}\"> (line {n.line})")
            elif name.startswith("xmlns"):
                continue
            if name == "style":
                for prob in css_problems(value):
                    p.add(f"<{n.tag} style> has {prob} (line {n.line})")
            elif name not in URL_ATTRS and re.search(r"url\(", value, re.I) and not name.startswith("xlink:title") \
                    and name not in ("title", "aria-label", "alt"):
                # SVG presentation attributes: fill="url(#g)", filter, mask, clip-path, marker-*
                for prob in css_problems(value):
                    p.add(f"<{n.tag} {name}> has {prob} (line {n.line})")
            if name.startswith("on") and re.search(r"https?:|//|fetch|import", value, re.I):
                p.add(f"<{n.tag} {name}> handler reaches out: {value[:80]!r} (line {n.line})")
    for tag, data in root.raw_data:
        if tag == "style":
            for prob in css_problems(data):
                p.add(f"<style> has {prob}")
        elif tag == "script":
            for m in SCRIPT_NET.finditer(data):
                if not any(m.group(0).startswith(u) for u in NS_URIS) and \
                        "www.w3.org" not in data[m.start():m.end() + 20]:
                    p.add(f"<script> uses the network or a URL: {m.group(0)!r}")


def cmd_offline(args):
    if not args:
        usage()
    status = 0
    for path in args:
        p = Problems(f"offline {os.path.basename(path)}")
        check_offline(parse(path), p)
        status |= p.report()
    return status


def cmd_netlog(args):
    """Chromium's net log of loading the page: requests from the page (its
    network isolation key is file://) must all be file: or data:. Chromium's
    own background requests (component updates, dictionaries) are other keys."""
    if len(args) != 1:
        usage()
    text = open(args[0], encoding="utf-8", errors="replace").read()
    data, _ = json.JSONDecoder().raw_decode(text)     # an unfinished log has a tail
    p = Problems("netlog")
    page = 0
    for e in data.get("events", []):
        params = e.get("params") or {}
        url = params.get("url")
        key = params.get("network_isolation_key", "")
        if url and key.startswith("file://"):
            page += 1
            if not re.match(r"^(file|data|blob|about):", url):
                p.add(f"the page requested {url}")
    print(f"  netlog: {page} request events from the page")
    return p.report()


# --------------------------------------------------------------------------
# escaped: hostile user text became text. The hostile report and a benign
# one (the same claims with harmless words) have the same elements in the
# same order, and the hostile strings are in the text, never in markup.

def cmd_escaped(args):
    if len(args) < 3:
        usage()
    hostile, benign, texts = parse(args[0]), parse(args[1]), args[2:]
    p = Problems("escaped")
    h_tags = [t for t, _ in hostile.starttags]
    b_tags = [t for t, _ in benign.starttags]
    if h_tags != b_tags:
        import difflib
        diff = [l for l in difflib.unified_diff(b_tags, h_tags, "benign", "hostile", n=2, lineterm="")]
        p.add("the hostile text changed the element structure:\n    " + "\n    ".join(diff[:30]))
    alltext = "".join(d for t, d in hostile.raw_data if t not in ("script", "style"))
    for s in texts:
        p.check(s in alltext, f"the text {s!r} is not in the report's text (dropped, or turned into markup)")
    for t, d in hostile.raw_data:
        if t in ("script", "style"):
            for s in texts:
                p.check(s not in d, f"hostile text {s!r} inside a <{t}>")
    for n in hostile.iter():
        for name, value in getattr(n, "attr_list", []):
            if name.startswith("on") or name in URL_ATTRS or name == "style":
                for s in texts:
                    p.check(s not in (value or ""), f"hostile text {s!r} inside <{n.tag} {name}>")
    return p.report()


# --------------------------------------------------------------------------
# layout: the graph is readable: every node drawn, no two nodes overlap,
# labels inside their nodes and clear of each other.

NUM = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"


def parse_transform(t):
    """Graphviz writes scale(s s) rotate(0) translate(x y) on g#graph0."""
    sx = sy = 1.0
    tx = ty = 0.0
    m = re.search(rf"scale\(\s*({NUM})[\s,]*({NUM})?\s*\)", t or "")
    if m:
        sx = float(m.group(1))
        sy = float(m.group(2)) if m.group(2) else sx
    m = re.search(rf"translate\(\s*({NUM})[\s,]+({NUM})\s*\)", t or "")
    if m:
        tx, ty = float(m.group(1)), float(m.group(2))
    m = re.search(rf"rotate\(\s*({NUM})", t or "")
    if m and float(m.group(1)) != 0:
        raise ValueError(f"rotated graph: {t}")
    return sx, sy, tx, ty


def shape_box(node):
    """The bounding box (x0, y0, x1, y1) of a node's outline, in the
    coordinates of g#graph0 (before its transform)."""
    xs, ys = [], []
    for s in node.iter():
        a = s.attrs
        if s.tag == "ellipse":
            cx, cy, rx, ry = (float(a.get(k, 0)) for k in ("cx", "cy", "rx", "ry"))
            xs += [cx - rx, cx + rx]
            ys += [cy - ry, cy + ry]
        elif s.tag in ("polygon", "polyline"):
            v = [float(x) for x in re.findall(NUM, a.get("points", ""))]
            xs += v[0::2]
            ys += v[1::2]
        elif s.tag == "path":
            # Graphviz paths are absolute M/C/L commands: every pair is a point
            # (control points included, which only widens the box a little).
            if re.search(r"[a-z]", re.sub(r"e-?\d", "", a.get("d", ""))):
                raise ValueError(f"relative path commands in {a.get('d')[:60]}")
            v = [float(x) for x in re.findall(NUM, a.get("d", ""))]
            xs += v[0::2]
            ys += v[1::2]
        elif s.tag == "rect":
            x, y, w, h = (float(a.get(k, 0)) for k in ("x", "y", "width", "height"))
            xs += [x, x + w]
            ys += [y, y + h]
    if not xs:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


_FONTS = {}


def text_width(text, family, size):
    """The width of a label in the font the browser draws it with (Liberation,
    metric-compatible with Times, Helvetica/Arial and Courier); without PIL or
    the fonts, 0.6 em a character (wider than any of them on average)."""
    fam = (family or "").lower()
    if "courier" in fam or "mono" in fam:
        name = "LiberationMono-Regular.ttf"
    elif "times" in fam or fam.strip() == "serif" or ("serif" in fam and "sans" not in fam):
        name = "LiberationSerif-Regular.ttf"
    else:
        name = "LiberationSans-Regular.ttf"
    key = (name, size)
    if key not in _FONTS:
        font = None
        try:
            from PIL import ImageFont
            for d in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2"):
                path = os.path.join(d, name)
                if os.path.exists(path):
                    font = ImageFont.truetype(path, max(1, round(size * 10)))
                    break
        except ImportError:
            pass
        _FONTS[key] = font
    font = _FONTS[key]
    if font is None:
        return 0.6 * size * len(text)
    return font.getlength(text) / 10.0


def text_box(t, inherited_font):
    a = t.attrs
    x, y = float(a.get("x", 0)), float(a.get("y", 0))
    size = float(re.findall(NUM, a.get("font-size", "") or "14")[0]) if a.get("font-size") else 14.0
    family = a.get("font-family") or inherited_font
    label = " ".join(t.text().split())
    w = text_width(label, family, size)
    anchor = a.get("text-anchor", "start")
    x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
    # Ascent and descent of Liberation fonts: about 0.9 and 0.21 em.
    return (x0, y - 0.9 * size, x0 + w, y + 0.21 * size), (x, y), label


def overlap(a, b, margin=0.0):
    return a[0] < b[2] - margin and b[0] < a[2] - margin and a[1] < b[3] - margin and b[1] < a[3] - margin


def inside(box, outer, slack=0.0):
    return (box[0] >= outer[0] - slack and box[1] >= outer[1] - slack
            and box[2] <= outer[2] + slack and box[3] <= outer[3] + slack)


def svg_of(path):
    root = parse(path)
    graph = by_id(root, "graph")
    scope = graph if graph is not None else root
    svgs = scope.find_all(lambda n: n.tag == "svg")
    return svgs[0] if svgs else None


def check_layout(svg, p, actors, positions, verbose=True):
    if not p.check(svg is not None, "no <svg> in section#graph"):
        return
    graph0 = by_id(svg, "graph0") or svg
    try:
        sx, sy, tx, ty = parse_transform(graph0.attrs.get("transform", ""))
    except ValueError as e:
        p.add(str(e))
        return
    vb = [float(v) for v in re.findall(NUM, svg.attrs.get("viewbox", ""))]

    def to_svg(b):
        return (b[0] * sx + tx, b[1] * sy + ty, b[2] * sx + tx, b[3] * sy + ty)

    font = svg.attrs.get("font-family") or graph0.attrs.get("font-family") or "Times,serif"
    nodes = []
    for g in svg.find_all(lambda n: n.tag == "g" and "node" in n.classes()):
        ident = g.attrs.get("id", "")
        try:
            box = shape_box(g)
        except ValueError as e:
            p.add(f"{ident}: {e}")
            continue
        texts = [text_box(t, font) for t in g.find_all(lambda n: n.tag == "text") if t.text().strip()]
        nodes.append((ident, box, texts))
    ids = [n[0] for n in nodes]
    n_actor = sum(1 for i in ids if i.startswith("actor-"))
    n_pos = sum(1 for i in ids if i.startswith("position-"))
    p.check(n_actor == actors, f"{n_actor} actor nodes (id actor-…), expected {actors}")
    p.check(n_pos == positions, f"{n_pos} position nodes (id position-…), expected {positions}")
    p.check(len(set(ids)) == len(ids), "two nodes share an id")
    for ident, box, texts in nodes:
        if not p.check(box is not None, f"{ident} has no outline (ellipse, path or polygon)"):
            continue
        p.check(texts, f"{ident} has no label")
        # The outline lies in the picture (nothing clipped at the edges).
        if len(vb) == 4:
            p.check(inside(to_svg(box), (vb[0], vb[1], vb[0] + vb[2], vb[1] + vb[3]), 1.0),
                    f"{ident} lies outside the viewBox {vb}: {to_svg(box)}")
        for tb, anchor, label in texts:
            p.check(box[0] <= anchor[0] <= box[2] and box[1] <= anchor[1] <= box[3],
                    f"{ident}: the label {label!r} is anchored at {fmt(anchor)}, outside its node {fmt(box)}")
            # The label's ink fits the node (1.5 units slack for rounding).
            p.check(inside(tb, box, 1.5), f"{ident}: the label {label!r} ({fmt(tb)}) overflows "
                                          f"its node ({fmt(box)})")
    # No two nodes overlap; no label runs into another node or its label.
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            a, b = nodes[i], nodes[j]
            if a[1] is None or b[1] is None:
                continue
            if overlap(a[1], b[1]):
                p.add(f"nodes {a[0]} ({fmt(a[1])}) and {b[0]} ({fmt(b[1])}) overlap")
            for tb, _, label in a[2]:
                if overlap(tb, b[1], 0.5):
                    p.add(f"the label {label!r} of {a[0]} runs into node {b[0]}")
                for tb2, _, label2 in b[2]:
                    if overlap(tb, tb2, 0.5):
                        p.add(f"labels {label!r} ({a[0]}) and {label2!r} ({b[0]}) overlap")
            for tb, _, label in b[2]:
                if overlap(tb, a[1], 0.5):
                    p.add(f"the label {label!r} of {b[0]} runs into node {a[0]}")
    # Edge labels (the stance words) clear of the node labels and of each other.
    elabels = []
    for g in svg.find_all(lambda n: n.tag == "g" and "edge" in n.classes()):
        for t in g.find_all(lambda n: n.tag == "text"):
            if t.text().strip():
                elabels.append((g.attrs.get("id", "?"), text_box(t, font)))
    for k, (eid, (tb, _, label)) in enumerate(elabels):
        for ident, box, texts in nodes:
            for tb2, _, label2 in texts:
                if overlap(tb, tb2, 0.5):
                    p.add(f"edge label {label!r} ({eid}) overlaps the label {label2!r} of {ident}")
        for eid2, (tb2, _, label2) in elabels[k + 1:]:
            if overlap(tb, tb2, 0.5):
                p.add(f"edge labels {label!r} ({eid}) and {label2!r} ({eid2}) overlap")
    if verbose:
        w = vb[2] if len(vb) == 4 else 0
        h = vb[3] if len(vb) == 4 else 0
        print(f"  layout: {n_actor} actors, {n_pos} positions, {len(elabels)} edge labels, "
              f"picture {w:.0f} x {h:.0f}")


def fmt(b):
    return "(" + ", ".join(f"{v:.1f}" for v in b) + ")"


def cmd_layout(args):
    opts = {"--actors": None, "--positions": None}
    files = []
    i = 0
    while i < len(args):
        if args[i] in opts and i + 1 < len(args):
            opts[args[i]] = int(args[i + 1])
            i += 2
        else:
            files.append(args[i])
            i += 1
    if len(files) != 1 or None in opts.values():
        usage()
    p = Problems("layout")
    check_layout(svg_of(files[0]), p, opts["--actors"], opts["--positions"])
    return p.report()


def check_readable(m, p, min_label_px):
    """From `chromium measure`: the page does not scroll sideways, and the
    graph's node labels are drawn at least min_label_px high (their box:
    about 1.15 times the font size)."""
    p.check(m.get("scrollWidth", 0) <= m.get("innerWidth", 0) + 1,
            f"the page is {m.get('scrollWidth')} px wide in a {m.get('innerWidth')} px window: "
            "it scrolls sideways")
    p.check(m.get("labels", 0) > 0, "no node label measured in #graph svg")
    p.check(m.get("labelMin", 0) >= min_label_px,
            f"the smallest node label is drawn {m.get('labelMin', 0):.1f} px high (< {min_label_px} px): "
            "the graph is scaled down too far to read")
    print(f"  readable: page {m.get('scrollWidth')} px wide in {m.get('innerWidth')}, "
          f"{m.get('labels')} node labels, the smallest {m.get('labelMin', 0):.1f} px high, "
          f"graph {m.get('svg')}")


def cmd_readable(args):
    if len(args) not in (1, 2):
        usage()
    p = Problems("readable")
    check_readable(json.load(open(args[0])), p, float(args[1]) if len(args) > 1 else 10.0)
    return p.report()


# --------------------------------------------------------------------------
# screenshot: not blank.

def check_screenshot(path, width, height, p):
    from PIL import Image
    im = Image.open(path).convert("RGB")
    p.check(im.size == (width, height), f"the screenshot is {im.size}, expected {(width, height)}")
    small = im.resize((im.size[0] // 4 or 1, im.size[1] // 4 or 1))
    pixels = list(small.getdata())
    colors = im.getcolors(1 << 24) or []
    white = sum(1 for r, g, b in pixels if r > 245 and g > 245 and b > 245)
    ink = 1 - white / len(pixels)
    # Rows with any ink: the page is filled from top to (most of) the bottom,
    # not one line of text on a blank page.
    rows = {}
    for idx, (r, g, b) in enumerate(pixels):
        if not (r > 245 and g > 245 and b > 245):
            rows[idx // small.size[0]] = True
    row_share = len(rows) / small.size[1]
    saturated = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)
    print(f"  screenshot: {im.size[0]}x{im.size[1]}, {len(colors)} colours, "
          f"{ink:.1%} non-white, ink on {row_share:.0%} of rows, {saturated / len(pixels):.1%} coloured")
    p.check(len(colors) >= 64, f"only {len(colors)} distinct colours: blank or flat")
    p.check(ink >= 0.03, f"only {ink:.1%} of the pixels are not white")
    p.check(row_share >= 0.4, f"ink on only {row_share:.0%} of the rows")
    p.check(saturated / len(pixels) >= 0.002, "no coloured pixels (the graph and matrix are coloured)")


def cmd_screenshot(args):
    if len(args) != 3:
        usage()
    p = Problems("screenshot")
    check_screenshot(args[0], int(args[1]), int(args[2]), p)
    return p.report()


# --------------------------------------------------------------------------
# selftest: each checker fails on a known-bad input, so no test passes
# vacuously.

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


def usage():
    sys.stderr.write(__doc__)
    sys.exit(2)


def main():
    if len(sys.argv) < 2:
        usage()
    cmd, args = sys.argv[1], sys.argv[2:]
    table = {"chromium": cmd_chromium, "dom": cmd_dom, "filtered": cmd_filtered,
             "offline": cmd_offline, "netlog": cmd_netlog, "escaped": cmd_escaped,
             "layout": cmd_layout, "readable": cmd_readable, "screenshot": cmd_screenshot, "selftest": cmd_selftest}
    if cmd not in table:
        usage()
    sys.exit(table[cmd](args))


if __name__ == "__main__":
    main()
