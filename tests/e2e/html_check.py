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

# The checks live in the htmlcheck package next to this file, one module a
# concept (see htmlcheck/__init__.py); this is the command line over them.

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True          # no __pycache__ in the source tree

from htmlcheck.chromium import cmd_chromium                          # noqa: E402
from htmlcheck.contract import cmd_dom                               # noqa: E402
from htmlcheck.filtered import cmd_filtered                          # noqa: E402
from htmlcheck.layout import cmd_layout, cmd_readable                # noqa: E402
from htmlcheck.offline import cmd_escaped, cmd_netlog, cmd_offline   # noqa: E402
from htmlcheck.problems import UsageError                            # noqa: E402
from htmlcheck.screenshot import cmd_screenshot                      # noqa: E402
from htmlcheck.selftest import cmd_selftest                          # noqa: E402

COMMANDS = {"chromium": cmd_chromium, "dom": cmd_dom, "filtered": cmd_filtered,
            "offline": cmd_offline, "netlog": cmd_netlog, "escaped": cmd_escaped,
            "layout": cmd_layout, "readable": cmd_readable, "screenshot": cmd_screenshot,
            "selftest": cmd_selftest}


def usage():
    sys.stderr.write(__doc__)
    sys.exit(2)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        usage()
    try:
        status = COMMANDS[sys.argv[1]](sys.argv[2:])
    except UsageError:
        usage()
    sys.exit(status)


if __name__ == "__main__":
    main()
