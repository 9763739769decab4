"""Splitting a page into articles, with their titles and reporters.

A newspaper page holds several articles. A body starts at a dateline or
byline (本报讯, □本报记者 某某, （上接1版）, 新华社…电); titles are runs of
heading paragraphs, printed before their body or, on many pages, after it.
The rule: an article whose title came before it passes the headings that
follow its body on to the next article; an article that had none keeps the
headings that follow it as its own. Continuations (（上接N版）) take no title.

Text with no dateline at all is one article, kept whole: its first heading,
if any, is its title and stays in its text.

Headings are part of an article's text, whatever the print order: the title
first, then the other heading lines as printed (kickers, subtitles, source
lines), then the body, so that a figure or date in a headline is a record
whose span indexes `text` like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .normalize import BODY_MARKER_RE, Paragraph
from .tables import META_LINES

CONTINUATION_RE = regex.compile(r"^[（(]上接[^）)]{1,8}[）)]")
# Reporter names follow 记者 in a byline or dateline: two or three characters
# each (four for the rare compound surname), separated by spaces or 、.
BYLINE_RE = regex.compile(
    r"""(?x)
    (?:本报|特约|新华社|中新社)?记者 [\s\u3000]*
    (?P<names> \p{Han}{2,4}? (?: [\s\u3000、]+ \p{Han}{2,4}? )* )
    (?= [\s\u3000]* (?: [）)，,。、]|报道|摄|$) )
    """
)
BYLINE_SCAN = 2
NAME_SEP_RE = regex.compile(r"[\s\u3000、]+")
# Source, author and time lines (来源：新华网 作者：…): beside the headline, never the headline.
META_RE = regex.compile("|".join(f"(?:{pattern})" for pattern in META_LINES))


@dataclass
class RawArticle:
    paragraphs: list[Paragraph]
    title: str | None = None
    subtitle: str | None = None
    reporters: list[str] = field(default_factory=list)
    # Heading lines printed apart from the body, in reading order: the title, then the rest.
    headings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join([*self.headings, *(paragraph.text for paragraph in self.paragraphs)])


def is_marker(paragraph: Paragraph) -> bool:
    return bool(BODY_MARKER_RE.match(paragraph.text))


def split(paragraphs: list[Paragraph]) -> list[RawArticle]:
    markers = [index for index, paragraph in enumerate(paragraphs) if is_marker(paragraph)]
    if not markers:
        return [_whole(paragraphs)] if paragraphs else []
    articles: list[RawArticle] = []
    before, leading = _split_trailing_headings(paragraphs[: markers[0]])
    if before:
        articles.append(_whole(before))
    bounds = markers + [len(paragraphs)]
    for start, end in zip(bounds, bounds[1:]):
        body, trailing = _split_trailing_headings(paragraphs[start:end])
        article = RawArticle(body, reporters=_reporters(body))
        if leading and not CONTINUATION_RE.match(body[0].text):
            article.title, article.subtitle, article.headings = _title(leading)
        elif trailing and not leading and not CONTINUATION_RE.match(body[0].text):
            article.title, article.subtitle, article.headings = _title(trailing)
            trailing = []
        articles.append(article)
        leading = trailing
    if leading:
        # Headings after the last body belong to nothing on this page; keep them as text.
        articles[-1].paragraphs.extend(leading)
    return articles


def _whole(paragraphs: list[Paragraph]) -> RawArticle:
    article = RawArticle(list(paragraphs), reporters=_reporters(paragraphs))
    if paragraphs[0].is_heading and not is_marker(paragraphs[0]) and not META_RE.match(paragraphs[0].text):
        article.title = paragraphs[0].text
    return article


def _split_trailing_headings(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    cut = len(paragraphs)
    while cut > 0 and paragraphs[cut - 1].is_heading and not is_marker(paragraphs[cut - 1]):
        cut -= 1
    if cut == 1 and is_marker(paragraphs[0]) and paragraphs[0].is_heading and len(paragraphs) > 1:
        # A byline alone (□本报记者 某某) is not a body: the "headings" are its text.
        cut = len(paragraphs)
    return paragraphs[:cut], paragraphs[cut:]


def _title(headings: list[Paragraph]) -> tuple[str | None, str | None, list[str]]:
    """Title, subtitle and the heading lines in reading order.

    The heading group nearest the body is the title; kickers and decks become the
    subtitle; source and time lines are neither, but stay in the text.
    """
    groups: list[list[str]] = []
    for paragraph in headings:
        if not groups or paragraph.blank_before or paragraph.text.startswith("—") or META_RE.match(paragraph.text):
            groups.append([])
        groups[-1].append(paragraph.text)
    texts = ["".join(group) for group in groups]
    meta = {index for index, text in enumerate(texts) if META_RE.match(text)}
    main = [index for index, text in enumerate(texts) if not text.startswith("—") and index not in meta]
    if not main:
        rest = [text for index, text in enumerate(texts) if index not in meta]
        return None, " ".join(rest) or None, texts
    title_index = main[-1]
    rest = [text for index, text in enumerate(texts) if index != title_index and index not in meta]
    return texts[title_index], (" ".join(rest) or None), [texts[title_index]] + [
        text for index, text in enumerate(texts) if index != title_index
    ]


def _reporters(paragraphs: list[Paragraph]) -> list[str]:
    names: list[str] = []
    for paragraph in paragraphs[:BYLINE_SCAN]:
        for match in BYLINE_RE.finditer(paragraph.text[:80]):
            for name in NAME_SEP_RE.split(match["names"]):
                if name and name not in names:
                    names.append(name)
        if names:
            break
    return names
