"""Debian's headless Chromium (run as root here), in one place: its flags
(no sandbox, nothing leaves the machine: every host name fails to resolve)
and the `chromium` command: dump the DOM after the scripts ran, take a
screenshot, print to PDF, keep the net log of loading a page, or measure where the
sections and graph labels end up at a window width.
"""

import html
import os
import re
import subprocess
import sys

from .problems import usage


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
        elif mode == "pdf":
            # Printed as a reader would print it (the page's print styles).
            pdf = os.path.abspath(args[2])
            if os.path.exists(pdf):
                os.remove(pdf)
            run_chromium([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url], profile)
            if not os.path.exists(pdf):
                print(f"chromium wrote no PDF to {pdf}")
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
