"""Pages re-printed the way PDF extraction leaves them: split right, headlines found, records kept."""

import json
from collections import Counter

import pytest
import regex

from factx.normalize import BODY_MARKER_RE
from factx.pipeline import extract_text
from factx.reprint import PrintedArticle, reprint_page

from .conftest import ROOT, SHARED_DEV

SENTENCE_END_RE = regex.compile(r"[。！？!?…”]$")
REF = "2020-10-14"
SEEDS = (1, 2, 3)
PER_PAGE = 3


def printed(texts):
    """Gold texts as (headline, body); a body that opens further datelines of its own (a
    report quoting another) is more than one article on a page and is left out."""
    articles = []
    for text in texts:
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        title = None
        if len(lines) > 1 and len(lines[0]) <= 40 and not SENTENCE_END_RE.search(lines[0]) and not BODY_MARKER_RE.match(lines[0]):
            title, lines = lines[0], lines[1:]
        if not any(BODY_MARKER_RE.match(line) for line in lines[1:]):
            articles.append(PrintedArticle(title, "\n".join(lines)))
    return articles


def facts(articles):
    found = Counter()
    for article in articles:
        for record in article.records:
            key = {"metric": lambda r: (str(r.value), r.unit), "date": lambda r: (str(r.start), str(r.end))}.get(
                record.type, lambda r: (r.name,)
            )(record)
            found[(record.type, *key)] += 1
    return found


def gold_texts():
    paths = [ROOT / "tests" / "data" / "own_gold.jsonl"]
    paths += [SHARED_DEV / name for name in ("news.jsonl", "news3.jsonl", "seed.jsonl") if (SHARED_DEV / name).exists()]
    return [json.loads(line)["text"] for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_reprinted_pages_split_right_keep_their_headlines_and_records():
    articles = printed(gold_texts())
    pages = split_right = titled = with_title = kept = total = 0
    for seed in SEEDS:
        for first in range(0, len(articles), PER_PAGE):
            group = articles[first : first + PER_PAGE]
            out = extract_text(reprint_page(group, seed * 1000 + first), REF)
            pages += 1
            split_right += len(out) == len(group)
            with_title += sum(1 for article in group if article.title)
            titled += sum(1 for article in group if article.title and any(o.title == article.title for o in out))
            clean = Counter()
            for article in group:
                clean += facts(extract_text((article.title + "\n" if article.title else "") + article.body, REF))
            kept += sum((clean & facts(out)).values())
            total += sum(clean.values())
    assert split_right / pages >= 0.97, (split_right, pages)
    assert titled / with_title >= 0.95, (titled, with_title)
    assert kept / total >= 0.99, (kept, total)


@pytest.mark.parametrize("seed", [5, 6])
def test_a_page_is_the_same_for_the_same_seed(seed):
    articles = [PrintedArticle("新开工项目43个", "全市新开工项目43个，总投资达120亿元。"), PrintedArticle(None, "产值增长5%。")]
    assert reprint_page(articles, seed) == reprint_page(articles, seed)


# Page furniture that is no article text: (line, dropped)
FURNITURE = [
    ("资讯速递", True),
    ("人民视觉", True),
    ("本报记者 王青摄", True),
    ("图为施工现场。", True),
    ("（下转2版）", True),
    ("第3版", True),
    ("责任编辑：李明", True),
    ("全市新开工项目43个。", False),
    ("图书馆新馆开放。", False),
    ("王青表示，项目进展顺利。", False),
]


@pytest.mark.parametrize("line,dropped", FURNITURE, ids=[row[0] for row in FURNITURE])
def test_page_furniture_is_dropped(line, dropped):
    page = "本报讯（记者 李明）全市经济平稳运行。\n\n" + line + "\n\n本报讯（记者 王青）产值增长5%。\n"
    text = "\n".join(article.text for article in extract_text(page, REF))
    assert (line not in text) == dropped
