"""Re-print articles the way PDF extraction leaves a newspaper page, to test the splitter on.

A printed page breaks lines at its column width (16-26 characters) wherever the
sentence is (inside numbers, names and units), scatters blank lines, runs paragraphs together, prints the
headline before or after its body with kickers and decks around it, starts each body
with a dateline or byline of one of the common kinds, and sets page furniture (photo
credits, jump lines, column labels, page numbers) between articles. `reprint_page`
does all of that from a seeded random generator, so a page is the same for the same
seed; `factx eval --reprint SEED` and the tests use it on gold articles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .normalize import BODY_MARKER_RE

# Where a body starts: (template, whether it names a reporter). {name} is a reporter.
DATELINES = (
    "本报讯（记者 {name}）",
    "□本报记者 {name}",
    "本报北京5月7日电（记者 {name}）",
    "新华社北京3月5日电（记者 {name}）",
    "本报讯 记者{name}报道：",
    "每经记者 {name}",
)
REPORTERS = ("李明", "王青", "张晓燕", "陈国", "周远")
KICKERS = ("——聚焦高质量发展", "全面建成小康社会调研行", "经济观察")
FURNITURE = ("本报记者 王青摄", "人民视觉", "（下转2版）", "资讯速递", "第3版", "图为施工现场。")
MIN_LINE, MAX_LINE = 16, 26


@dataclass(frozen=True)
class PrintedArticle:
    title: str | None
    body: str


def reprint_page(articles: list[PrintedArticle], seed: int) -> str:
    """One page of several articles, as print layout and PDF extraction leave it."""
    generator = random.Random(seed)
    blocks = []
    for number, article in enumerate(articles):
        name = generator.choice(REPORTERS)
        # A body that opens with a dateline of its own keeps it; the others get one.
        dateline = "" if BODY_MARKER_RE.match(article.body) else generator.choice(DATELINES).format(name=name)
        body = _broken(dateline + _paragraphs(article.body, generator), generator)
        heading = []
        if article.title:
            heading.append(article.title)
            if generator.random() < 0.3:
                heading.insert(0, generator.choice(KICKERS))
        title_after = bool(heading) and generator.random() < 0.4
        parts = [body, "\n\n".join(heading)] if title_after else ["\n\n".join(heading), body]
        blocks.append("\n\n".join(part for part in parts if part))
        if number + 1 < len(articles) and generator.random() < 0.5:
            blocks.append(generator.choice(FURNITURE))
    return "\n\n".join(blocks) + "\n"


def _paragraphs(text: str, generator: random.Random) -> str:
    """Paragraph breaks kept or run together; the caller breaks lines."""
    paragraphs = [paragraph.strip() for paragraph in text.split("\n") if paragraph.strip()]
    out = paragraphs[:1]
    for paragraph in paragraphs[1:]:
        out.append(("" if generator.random() < 0.2 else "\n") + paragraph)
    return "".join(out)


def _broken(text: str, generator: random.Random) -> str:
    """Lines broken at the column width (16-26 characters, one a column, a character more
    or less where punctuation is squeezed), anywhere in a word or number; an indent opens
    each paragraph; stray blank lines."""
    column = generator.randint(MIN_LINE, MAX_LINE)
    lines = []
    for paragraph in text.split("\n"):
        position, first = 0, True
        while position < len(paragraph):
            width = column + generator.randint(-1, 1) - (2 if first else 0)
            line = paragraph[position : position + width]
            lines.append(("\u3000\u3000" if first else "") + line)
            if generator.random() < 0.05:
                lines.append("")
            position += width
            first = False
    return "\n".join(lines)
