"""Checks of parley's HTML report (issue 6), behind tests/e2e/html_check.py.

One module a concept; html_check.py is the command line over them:

    problems    the Problems collector and the usage error every check shares
    dom         a small DOM built with html.parser (no bs4/lxml on a plain Debian)
    chromium    Debian's headless Chromium: its flags, and dom/screenshot/netlog/measure
    contract    the report's structure, as the contract of issue 6 says (dom)
    filtered    the filters a URL fragment sets hide the right findings and evidence
    offline     no network reference, no request, hostile text stays text
                (offline, netlog, escaped)
    layout      the graph's SVG geometry, and its readability in the browser
                (layout, readable)
    screenshot  a screenshot of the page is not blank (PIL)
    selftest    each checker fails on a known-bad input

Only the standard library, plus PIL for screenshots and font metrics
(Debian: python3-pil), imported where it is used.
"""
