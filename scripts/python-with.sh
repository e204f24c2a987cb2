#!/usr/bin/env bash
# Prints the path of a python3 that can import every MODULE named: the one on
# PATH, else Debian's /usr/bin/python3 (where scripts/setup.sh installs
# python3-pil and python3-networkx; a pyenv python3 first on PATH lacks them).
# Exits 1, printing nothing, when neither can.
#
#   PYTHON=$(bash scripts/python-with.sh PIL networkx)
set -euo pipefail
imports=""
for module in "$@"; do imports="${imports}import $module;"; done
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "${imports:-pass}" 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
exit 1
