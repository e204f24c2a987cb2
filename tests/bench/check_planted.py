#!/usr/bin/env python3
"""Compares `parley extract` output with the manifest of planted claims.

    python3 tests/bench/check_planted.py MANIFEST CLAIMS [--show N] [--quiet]

MANIFEST is the .planted.jsonl that parley_make_corpus writes next to a
corpus; CLAIMS is what `parley extract` wrote for that corpus. A planted claim
is found when a claim has its doc, line, actor, stance and position; every
other claim is extra. The attributes of a found claim must include the
planted ones (days, n, region, city, monitored). Prints one line

    planted: found F of E expected, X extra, A attribute mismatches

then up to N (default 5) missing, extra and mismatched claims with their
sentence and rule. Exit status 0 when everything was found and nothing else,
1 otherwise, 2 on bad usage or unreadable input. Standard library only.
"""
import json
import sys
from collections import Counter


def key(claim):
    return (claim["doc"], claim["line"], claim["actor"], claim["stance"], claim["position"])


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"check_planted: {path}:{number}: not JSON: {e}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    show, quiet = 5, "--quiet" in argv
    if "--show" in argv:
        i = argv.index("--show")
        try:
            show = int(argv[i + 1])
            args.remove(argv[i + 1])
        except (IndexError, ValueError):
            args = []
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        expected = {}
        for planted in read_jsonl(args[0]):
            expected[key(planted)] = planted
        claims = list(read_jsonl(args[1]))
    except OSError as e:
        print(f"check_planted: {e}", file=sys.stderr)
        return 2

    seen = Counter()
    extra, mismatched = [], []
    for claim in claims:
        k = key(claim)
        planted = expected.get(k)
        seen[k] += 1
        if planted is None or seen[k] > 1:
            extra.append(claim)
            continue
        attributes = claim.get("attributes") or {}
        if any(attributes.get(name) != value for name, value in planted.get("attributes", {}).items()):
            mismatched.append((planted, claim))
    missing = [p for k, p in expected.items() if seen[k] == 0]
    found = len(expected) - len(missing)
    print(f"planted: found {found} of {len(expected)} expected, {len(extra)} extra, "
          f"{len(mismatched)} attribute mismatches")
    if not quiet:
        for p in missing[:show]:
            print(f"  missing  {p['doc']}:{p['line']} {p['actor']} {p['stance']} {p['position']}: {p['text']}")
        for c in extra[:show]:
            print(f"  extra    {c['doc']}:{c['line']} {c['actor']} {c['stance']} {c['position']} "
                  f"(rule {c.get('rule')}): {c.get('text')}")
        for p, c in mismatched[:show]:
            print(f"  attrs    {p['doc']}:{p['line']} planted {json.dumps(p['attributes'])}, "
                  f"claim {json.dumps(c.get('attributes'))} (rule {c.get('rule')}): {p['text']}")
    return 0 if not missing and not extra and not mismatched else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
