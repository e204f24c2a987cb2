"""The graph is readable.
    layout    from the SVG Graphviz drew: every node drawn, no two nodes
              overlap, labels inside their nodes and clear of each other and
              of the edge labels (text measured with the Liberation fonts the
              browser draws it with);
    readable  from `chromium measure`: the page does not scroll sideways and
              the node labels are drawn high enough to read.
"""

import json
import os
import re

from .dom import by_id, parse
from .problems import Problems, usage


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
