"""A small DOM built with html.parser (no bs4/lxml on a plain Debian): the
report, or the DOM Chromium dumped after the scripts ran, as a tree of Nodes
that keeps what the checks need (attributes in order, source lines, the raw
text of each element, the doctype).
"""

import html.parser


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs          # dict; names lower-cased by html.parser
        self.parent = parent
        self.children = []          # Nodes and str
        self.line = 0

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, pred):
        return [n for n in self.iter() if n is not self and pred(n)]

    def text(self):
        out = []
        for c in self.children:
            out.append(c if isinstance(c, str) else c.text())
        return "".join(out)

    def classes(self):
        return set(self.attrs.get("class", "").split())

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def hidden(self):
        """Hidden by the `hidden` attribute on itself or an ancestor."""
        return "hidden" in self.attrs or any("hidden" in a.attrs for a in self.ancestors())

    def __repr__(self):
        a = " ".join(f'{k}="{v}"' for k, v in list(self.attrs.items())[:4])
        return f"<{self.tag} {a}> (line {self.line})"


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack = [self.root]
        self.doctype = None
        self.starttags = []         # (tag, attrs as list) in document order
        self.raw_data = []          # (tag of the enclosing element, data)

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self._open(tag, attrs, tag in VOID)

    def handle_startendtag(self, tag, attrs):
        self._open(tag, attrs, True)

    def _open(self, tag, attrs, closed):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.stack[-1])
        node.line = self.getpos()[0]
        node.attr_list = attrs
        self.stack[-1].children.append(node)
        self.starttags.append((tag, attrs))
        if not closed:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)
        self.raw_data.append((self.stack[-1].tag, data))


def parse(path_or_text, is_text=False):
    text = path_or_text if is_text else open(path_or_text, encoding="utf-8").read()
    b = Builder()
    b.feed(text)
    b.close()
    b.root.doctype = b.doctype
    b.root.starttags = b.starttags
    b.root.raw_data = b.raw_data
    return b.root


def by_id(root, ident):
    found = root.find_all(lambda n: n.attrs.get("id") == ident)
    return found[0] if found else None


def table_in(root, ident, section):
    """table#ident; the contract gives section#matrix and table#matrix (and
    #timeline) the same id, so the table is also found inside its section."""
    tables = root.find_all(lambda n: n.tag == "table" and n.attrs.get("id") == ident)
    if tables:
        return tables[0]
    sec = by_id(root, section)
    inner = sec.find_all(lambda n: n.tag == "table") if sec is not None else []
    return inner[0] if inner else None
