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

from . import patterns
from .normalize import BODY_MARKER_RE, Paragraph
from .tables import META_LINES

CONTINUATION_RE = patterns.compile(r"^[（(]上接[^）)]{1,8}[）)]")
# Reporter names follow 记者 in a byline or dateline: two or three characters
# each (four for the rare compound surname), separated by spaces or 、.
BYLINE_RE = patterns.compile(
    r"""(?x)
    (?:本报|特约|新华社|中新社)?记者 [\s\u3000]*
    (?P<names> \p{Han}{2,4}? (?: [\s\u3000、]+ \p{Han}{2,4}? )* )
    (?= [\s\u3000]* (?: [）)，,。、]|报道|摄|$) )
    """
)
BYLINE_SCAN = 2
NAME_SEP_RE = patterns.compile(r"[\s\u3000、]+")
# Source, author and time lines (来源：新华网 作者：…): beside the headline, never the headline.
META_RE = patterns.compile("|".join(f"(?:{pattern})" for pattern in META_LINES))


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
    markers = _body_starts(paragraphs)
    if not markers:
        return [_whole(paragraphs)] if paragraphs else []
    before, leading = _split_trailing_headings(paragraphs[: markers[0]])
    if len(before) == 1 and not leading and before[0].is_heading_over_a_body:
        before, leading = [], before  # a web page's or a broadcast's one long headline, then its body
    bounds = markers + [len(paragraphs)]
    bodies, gaps = [], [leading]
    for start, end in zip(bounds, bounds[1:]):
        body, trailing = _split_trailing_headings(paragraphs[start:end])
        bodies.append(body)
        gaps.append(trailing)
    # Each gap of headings between two bodies is cut in two: the first part is the body
    # before's (a title printed after its body), the rest the body after's.
    above: list[list[Paragraph]] = [[] for _ in bodies]
    below: list[list[Paragraph]] = [[] for _ in bodies]
    above[0].extend(gaps[0])
    for index in range(1, len(bodies)):
        cut = _cut(gaps[index], bodies[index - 1], bodies[index], taken=bool(above[index - 1]))
        below[index - 1].extend(gaps[index][:cut])
        above[index].extend(gaps[index][cut:])
    articles = [_whole(before)] if before else []
    for body, heads_above, heads_below in zip(bodies, above, below):
        article = RawArticle(body, reporters=_reporters(body))
        if CONTINUATION_RE.match(body[0].text):
            article.paragraphs = heads_above + article.paragraphs + heads_below
        elif heads_above or heads_below:
            article.title, article.subtitle, article.headings = _title(heads_above, heads_below, body)
        articles.append(article)
    if gaps[-1]:
        # Headings after the last body: its title printed after it, if it has none yet;
        # else they belong to nothing on this page and stay as text.
        last = articles[-1]
        if last.title is None and not CONTINUATION_RE.match(bodies[-1][0].text):
            last.title, last.subtitle, last.headings = _title([], gaps[-1], bodies[-1])
        else:
            last.paragraphs.extend(gaps[-1])
    return articles


def _body_starts(paragraphs: list[Paragraph]) -> list[int]:
    """The markers that open a body. A byline followed only by lines about the article
    (本报记者 某某 / 来源：大连晚报 / 本报讯…) opens the same body as the dateline after it:
    the headline above the byline is that body's."""
    starts: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        if not is_marker(paragraph):
            continue
        if starts and _byline_alone(paragraphs[starts[-1] : index]):
            continue
        starts.append(index)
    return starts


def _byline_alone(stretch: list[Paragraph]) -> bool:
    byline, *rest = stretch
    return byline.is_heading and "记者" in byline.text and all(META_RE.match(paragraph.text) for paragraph in rest)


# How much of a body its headline is compared with: the lead, which a headline sums up.
LEAD_CHARS = 300


def _cut(headings: list[Paragraph], before: list[Paragraph], after: list[Paragraph], taken: bool) -> int:
    """Where headings between two bodies change hands: the cut that best matches each part
    with its body's lead (character pairs in common); ties go to the body after (a title
    printed before its body is the common case), and a body that has its title already
    takes none (continuations, whose titles stay on the page they continue, take none)."""
    if not headings:
        return 0
    if taken or CONTINUATION_RE.match(before[0].text):
        return 0
    if CONTINUATION_RE.match(after[0].text):
        return len(headings)
    before_pairs = _pairs("".join(paragraph.text for paragraph in before)[:LEAD_CHARS])
    after_pairs = _pairs("".join(paragraph.text for paragraph in after)[:LEAD_CHARS])
    scores = [
        sum(_overlap(paragraph.text, before_pairs) for paragraph in headings[:cut])
        + sum(_overlap(paragraph.text, after_pairs) for paragraph in headings[cut:])
        for cut in range(len(headings) + 1)
    ]
    return max(range(len(scores)), key=lambda cut: (scores[cut], -cut))


def _pairs(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def _overlap(heading: str, pairs: frozenset[str]) -> float:
    """Share of the heading's character pairs found in a body's lead."""
    own = _pairs(heading)
    return len(own & pairs) / len(own) if own else 0.0


def _whole(paragraphs: list[Paragraph]) -> RawArticle:
    article = RawArticle(list(paragraphs), reporters=_reporters(paragraphs))
    first = paragraphs[0]
    heading = first.is_heading or len(paragraphs) > 1 and first.is_heading_over_a_body
    if heading and not is_marker(first) and not META_RE.match(first.text):
        article.title = first.text
    return article


def _split_trailing_headings(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The headings at the end of `paragraphs` (which a body's dateline follows), split off."""
    cut = len(paragraphs)
    while cut > 0 and paragraphs[cut - 1].is_heading and not is_marker(paragraphs[cut - 1]):
        cut -= 1
    if cut == 1 and is_marker(paragraphs[0]) and paragraphs[0].is_heading and len(paragraphs) > 1:
        # A byline alone (□本报记者 某某) is not a body: the "headings" are its text.
        cut = len(paragraphs)
    return paragraphs[:cut], paragraphs[cut:]


def _title(above: list[Paragraph], below: list[Paragraph], body: list[Paragraph]) -> tuple[str | None, str | None, list[str]]:
    """Title, subtitle and the heading lines in reading order, from the headings printed
    above a body and below it.

    The title is the last heading group as printed (the seed page sets a deck above the
    title as often as below it) among those that share words with the body's lead: a
    kicker (经济观察, 调研行) shares one at most. Kickers and decks become the subtitle; source
    and time lines are neither, but stay in the text.
    """
    groups: list[list[str]] = []
    for headings in (above, below):
        start = len(groups)
        for paragraph in headings:
            if len(groups) == start or paragraph.blank_before or paragraph.text.startswith("—") or META_RE.match(paragraph.text):
                groups.append([])
            groups[-1].append(paragraph.text)
    texts = ["".join(group) for group in groups]
    meta = {index for index, text in enumerate(texts) if META_RE.match(text)}
    main = [index for index, text in enumerate(texts) if not text.startswith("—") and index not in meta]
    if not main:
        rest = [text for index, text in enumerate(texts) if index not in meta]
        return None, " ".join(rest) or None, texts
    lead = _pairs("".join(paragraph.text for paragraph in body)[:LEAD_CHARS])
    related = [index for index in main if len(_pairs(texts[index]) & lead) >= MIN_SHARED_PAIRS]
    title_index = (related or main)[-1]
    rest = [text for index, text in enumerate(texts) if index != title_index and index not in meta]
    return texts[title_index], (" ".join(rest) or None), [texts[title_index]] + [
        text for index, text in enumerate(texts) if index != title_index
    ]


# A heading sharing fewer character pairs with the lead than this is a kicker (经济观察
# may share 经济 with any economic story; a headline shares several of its words).
MIN_SHARED_PAIRS = 3


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
