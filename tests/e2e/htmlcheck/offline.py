"""The report is self-contained and inert:
    offline  no reference to any network resource (tags, attributes, CSS,
             script), in the file and in the DOM after the scripts ran;
    netlog   Chromium's net log of opening the page has no request from it
             but file:/data:;
    escaped  hostile user text came out as text, not markup.
"""

import json
import os
import re

from .dom import parse
from .problems import Problems, usage


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
