"""Volto's slate JSON ⇄ Wagtail's database HTML, for the rich text features pages use
(paragraphs, h2–h6, lists, bold, italic, links, line breaks).

No maintained Python package converts slate (plone.volto's transforms need Plone), so
this is a small converter of our own. Links are handed to callbacks: ``link_url``
turns a database ``<a>``'s attributes into the URL Volto shows, ``link_attrs`` turns
a URL back into ``<a>`` attributes (``linktype="page" id=…`` for internal pages)."""

import re
from collections.abc import Callable
from html import escape, unescape

BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li"}
LIST_TAGS = {"ul", "ol"}
# Slate (Volto) names bold and italic "strong" and "em"; Wagtail stores <b> and <i>.
INLINE_TO_SLATE = {"b": "strong", "strong": "strong", "i": "em", "em": "em"}
SLATE_TO_HTML = {"strong": "b", "b": "b", "em": "i", "i": "i"}
# Marks some slate editors put on text leaves instead of inline elements.
LEAF_MARKS = (("bold", "b"), ("italic", "i"))

# A tag (comments and doctypes are skipped as tags without a name) or a text run.
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<[^>]*>|([^<]+)")
_ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')

LinkUrl = Callable[[dict], str]
LinkAttrs = Callable[[str], dict]


# --- database HTML → slate -------------------------------------------------------


def html_to_slate(html: str, link_url: LinkUrl) -> list[dict]:
    """Top-level slate nodes for a rich text value; stray text becomes a paragraph."""
    builder = _SlateBuilder(link_url)
    for match in _TOKEN.finditer(html or ""):
        closing, tag, attrs, text = match.groups()
        if text is not None:
            builder.text(unescape(text))
        elif tag is None:
            continue  # a comment or a doctype
        elif closing:
            builder.end(tag.lower())
        else:
            builder.start(tag.lower(), dict(_ATTR.findall(attrs)), attrs)
    nodes, loose = [], []
    for child in builder.root["children"]:
        if child.get("type") in BLOCK_TAGS:
            _flush(nodes, loose)
            nodes.append(child)
        elif not ("text" in child and not child["text"].strip()):
            loose.append(child)
    _flush(nodes, loose)
    return [_tidy(node) for node in nodes]


def _flush(nodes: list, loose: list) -> None:
    if loose:
        nodes.append({"type": "p", "children": list(loose)})
        loose.clear()


def _tidy(node: dict) -> dict:
    """Lists keep only their items; an element always has a child (slate's rule)."""
    if "text" in node:
        return node
    children = node["children"]
    if node["type"] in LIST_TAGS:
        children = [c for c in children if c.get("type") == "li"]
    node["children"] = [_tidy(c) for c in children] or [{"text": ""}]
    return node


class _SlateBuilder:
    """Builds slate nodes from the tokens of database HTML. Wagtail stores small,
    well-formed HTML with double-quoted attributes, so a regular expression splits it
    (the standard library's HTMLParser costs ten times as much per paragraph)."""

    VOID = {"br", "hr", "img", "wbr"}

    def __init__(self, link_url: LinkUrl):
        self.link_url = link_url
        self.root = {"children": []}
        self.open: list[tuple[str, dict | None]] = []

    def container(self) -> dict:
        return next((n for _tag, n in reversed(self.open) if n), self.root)

    def start(self, tag: str, attrs: dict, raw: str) -> None:
        if tag in self.VOID:
            if tag == "br":
                self.container()["children"].append({"text": "\n"})
            return
        node = self.element(tag, {k: unescape(v) for k, v in attrs.items()})
        if node is not None:
            self.container()["children"].append(node)
        if not raw.rstrip().endswith("/"):
            self.open.append((tag, node))

    def end(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def text(self, data: str) -> None:
        if data:
            self.container()["children"].append({"text": data})

    def element(self, tag: str, attrs: dict) -> dict | None:
        if tag in BLOCK_TAGS:
            return {"type": tag, "children": []}
        if tag == "a":
            url = self.link_url({k: v or "" for k, v in attrs.items()})
            return {"type": "link", "data": {"url": url}, "children": []}
        if tag in INLINE_TO_SLATE:
            return {"type": INLINE_TO_SLATE[tag], "children": []}
        return None  # an element rich text does not keep: its text stays


# --- slate → database HTML -------------------------------------------------------


class SlateError(ValueError):
    """The value is not slate JSON (a list of nodes with ``type``/``children``)."""


def slate_to_html(value, link_attrs: LinkAttrs) -> str:
    if not isinstance(value, list):
        raise SlateError("expected a list of slate nodes")
    parts = []
    for node in value:
        if isinstance(node, dict) and node.get("type") not in (None, *BLOCK_TAGS):
            node = {"type": "p", "children": [node]}  # inline at the top: a paragraph
        elif isinstance(node, dict) and "text" in node:
            node = {"type": "p", "children": [node]}
        parts.append(_node_html(node, link_attrs))
    return "".join(parts)


def _node_html(node, link_attrs: LinkAttrs) -> str:
    if not isinstance(node, dict):
        raise SlateError("a slate node must be an object")
    if "text" in node:
        return _leaf_html(node)
    kind, children = node.get("type"), node.get("children", [])
    if not isinstance(children, list):
        raise SlateError("a slate element's children must be a list")
    inner = "".join(_node_html(child, link_attrs) for child in children)
    if kind == "link":
        data = node.get("data") or {}
        if not isinstance(data, dict):
            raise SlateError("a link's data must be an object")
        attrs = link_attrs(data.get("url") or "")
        rendered = "".join(f' {k}="{escape(str(v))}"' for k, v in attrs.items())
        return f"<a{rendered}>{inner}</a>"
    tag = SLATE_TO_HTML.get(kind) or (kind if kind in BLOCK_TAGS else None)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _leaf_html(leaf: dict) -> str:
    text = leaf.get("text")
    if not isinstance(text, str):
        raise SlateError("a slate text leaf needs a string 'text'")
    html = "<br/>".join(escape(line, quote=False) for line in text.split("\n"))
    for mark, tag in LEAF_MARKS:
        if leaf.get(mark):
            html = f"<{tag}>{html}</{tag}>"
    return html


# --- plain text ------------------------------------------------------------------


def plaintext(value: list) -> str:
    """Volto's ``plaintext``: the text of the value, a line per paragraph, heading
    and list item."""
    return "\n".join(_text(node) for node in value or [])


def _text(node) -> str:
    if not isinstance(node, dict):
        return ""
    if "text" in node:
        return str(node["text"])
    children = node.get("children", [])
    if not isinstance(children, list):
        return ""
    if node.get("type") in LIST_TAGS:
        return "\n".join(_text(child) for child in children)
    return "".join(_text(child) for child in children)


def has_links(value) -> bool:
    if isinstance(value, list):
        return any(has_links(node) for node in value)
    if not isinstance(value, dict):
        return False
    return value.get("type") == "link" or has_links(value.get("children"))


def paragraph(*children: dict, kind: str = "p") -> dict:
    return {"type": kind, "children": list(children) or [{"text": ""}]}


def text(value: str) -> dict:
    return {"text": value}


def link(url: str, label: str) -> dict:
    return {"type": "link", "data": {"url": url}, "children": [text(label)]}


def strong(value: str) -> dict:
    return {"type": "strong", "children": [text(value)]}
