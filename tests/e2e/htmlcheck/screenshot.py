"""screenshot: a screenshot of the report (Chromium's, or examples/report.png)
is not blank: the expected size, many colours, ink on most rows, some
coloured pixels (the graph and matrix are coloured). Needs PIL.
"""

from .problems import Problems, usage


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
