"""HTML to plain text for e-mail bodies (and LinkedIn messages that carry markup).

Well-formed markup goes through a small :class:`html.parser.HTMLParser` subclass that keeps
paragraphs and line breaks apart and drops scripts, styles and the head. The standard parser
slows down badly on unclosed tags (``"<a " * n``: seconds at 20 KB), so markup that has a ``<``
without its ``>`` before the next ``<`` — or that is very large — goes through a linear
stripper instead: script/style blocks cut out with ``str.find``, tags removed by one bounded
regular expression, entities decoded with :func:`html.unescape`.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer", "td", "th",
})
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
_PARSER_LIMIT = 512_000  # characters; above it the linear stripper is used
_TAG = re.compile(r"<[^<>]{0,100000}>")
_BLOCK_NAMES = "|".join(sorted(_BLOCK))
_BLOCK_TAG = re.compile(r"<\s{0,5}/?\s{0,5}(?:" + _BLOCK_NAMES + r")\b[^<>]{0,100000}>",
                        re.IGNORECASE)
_HTML_HINT = re.compile(r"<\s{0,3}(?:html|body|p|div|br|span|a|table|b|i|strong|em)\b",
                        re.IGNORECASE)
_BLANKS = re.compile(r"[ \t\u00a0]{2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """True when the text carries common HTML tags (used for LinkedIn content)."""
    return _HTML_HINT.search(text[:20_000]) is not None


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _well_formed(markup: str) -> bool:
    """Every ``<`` has its ``>`` before the next ``<`` (a linear scan)."""
    pos = markup.find("<")
    while pos >= 0:
        close = markup.find(">", pos + 1)
        nxt = markup.find("<", pos + 1)
        if close < 0 or (0 <= nxt < close):
            return False
        pos = markup.find("<", close + 1)
    return True


def _strip_blocks(markup: str) -> str:
    lower = markup.lower()
    out: list[str] = []
    pos = 0
    while True:
        starts = [(lower.find(f"<{t}", pos), t) for t in ("script", "style")]
        starts = [(i, t) for i, t in starts if i >= 0]
        if not starts:
            out.append(markup[pos:])
            return "".join(out)
        i, t = min(starts)
        out.append(markup[pos:i])
        end = lower.find(f"</{t}", i)
        if end < 0:
            return "".join(out)
        close = lower.find(">", end)
        pos = len(markup) if close < 0 else close + 1


def _tidy(text: str) -> str:
    lines = [_BLANKS.sub(" ", ln).strip() for ln in text.replace("\r", "").split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    """Readable text from HTML: paragraphs on their own lines, no tags, scripts or styles."""
    if len(markup) <= _PARSER_LIMIT and _well_formed(markup):
        parser = _TextParser()
        parser.feed(markup)
        parser.close()
        return _tidy("".join(parser.parts))
    text = _strip_blocks(markup)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub(" ", text)
    return _tidy(html.unescape(text))
