"""dom: the report's structure, as the contract of issue 6 says: doctype,
lang, title, one <main> with every section, the graph as an inline labelled
SVG, the divergence findings with dated evidence, the filter form (hidden
without script, shown by it), unique ids and the matrix/heatmap/timeline
tables. Run on the file itself (--raw: no script ran) and on the DOM
Chromium dumped.
"""

import re

from .dom import Node, by_id, parse, table_in
from .problems import Problems, usage


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
