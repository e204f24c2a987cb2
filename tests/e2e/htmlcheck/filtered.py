"""filtered: after a URL fragment (#actor=, #topic=, #from=, #to=) set the
report's filters, the right findings and dated evidence items are hidden
and the others shown, in the DOM Chromium dumped. Not vacuous: the filter
must keep some findings and hide others.
"""

import re

from .dom import by_id, parse
from .problems import Problems, usage


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
