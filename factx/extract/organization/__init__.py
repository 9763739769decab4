"""Organisations: every institution named, with a kind and the span of every mention.

Five sources, merged per article:
- the gazetteer (and `--orgs` names): names rules cannot find (小米, 新华社);
- a suffix grammar over jieba's tags: place and proper-noun prefixes and
  modifiers, then a head from org_suffixes.tsv that gives the kind
  (重庆市 + 大数据发展 + 局 -> government), starting at the first place word
  after common nouns (合作方 + 香港利丰集团) and joined to a parent written right
  before a branch (招行 + 广州分行) or an academy before its institute (中科院 + 物理所);
- short forms the text defines (重庆赛恩斯环保工程有限公司(以下简称赛恩斯)) or uses after a
  company's full name (康龙化成 after 康龙化成（北京）新药技术股份有限公司);
- names the context marks: a stock code after a company's name (人福医药(600079)), an
  officer's title and name after it (清雷科技创始人王磊), the outlet of a dateline or
  source line (中新网9月2日电, 来源：中国证券报), a Latin-script name after the noun of its
  kind or as a maker or a source (开发商Bungie, 由CriterionGames制作, 据Gartner统计);
- coordinated lists that the text marks as organisations
  (中电科集团、中国平安、国药集团、招商局等央企).
"""

from __future__ import annotations

from typing import Collection, Iterable

from ...models import Organization
from ...tables import ORG_STOP
from .. import tokens as tk
from ..overlap import Claims
from .context import latin_names, officer_names, outlet_names, stock_names
from .gazetteer import gazetteer_names
from .grammar import abbreviated_institutes, branch_names, grammar_names, institute_names
from .lexicon import CONCEPT_ENDINGS, MIN_NAME, RUN_ON_RE, VENUE_ENDINGS, Found
from .lists import alias_names, example_names, fixture_sides, list_names, short_forms

__all__ = ["find_organizations"]


def find_organizations(text: str, extra: Collection[tuple[str, str]] = frozenset()) -> list[Organization]:
    """Organisations of one article; `extra` adds (name, kind) pairs to the gazetteer.

    The gazetteer's index is built once per distinct `extra`: pass the same frozenset for
    every article (as the pipeline does), and it costs nothing after the first.
    """
    found: dict[str, Found] = {}

    def add(name: str, kind: str | None, start: int) -> None:
        name = name.strip()
        if len(name) < MIN_NAME or name in ORG_STOP or RUN_ON_RE.match(text, start + len(name)):
            return
        if name.endswith(CONCEPT_ENDINGS):
            return  # 人类命运共同体: an idea, though 共同体 heads 欧洲经济共同体
        if name.endswith(VENUE_ENDINGS):
            return  # 国家速滑馆, 上海国家会展中心: a venue
        if "的" in name and any(token.word == "的" for token in tk.tag(name, 0, len(name))):
            return  # 邹城一流的加油站: a description; no name of the gold holds the particle 的
            # (波罗的海舰队 holds it inside a word)
        if name not in found or start < found[name].start:
            previous = found.get(name)
            found[name] = Found(name, kind or (previous.kind if previous else None), start)

    for name, kind, start in gazetteer_names(text, extra):
        add(name, kind, start)
    for name, kind, start in grammar_names(text):
        add(name, kind, start)
    for source in (stock_names, officer_names, outlet_names, latin_names, abbreviated_institutes):
        for name, kind, start in source(text):
            add(name, kind, start)
    for source in (branch_names, institute_names):
        for name, kind, start in source(text, found):
            add(name, kind, start)
    for name, kind, start in alias_names(text, found):
        add(name, kind, start)
    for name, kind, start in short_forms(text, found):
        add(name, kind, start)
    for name, kind, start in list_names(text, found):
        add(name, kind, start)
    for name, kind, start in example_names(text, found):
        add(name, kind, start)
    for name, start in fixture_sides(text):
        add(name, found[name].kind if name in found else "other", start)
    return _with_mentions(text, found.values())


def _with_mentions(text: str, items: Iterable[Found]) -> list[Organization]:
    """Every mention of every name; a name inside a longer one found here is not its mention."""
    ordered = sorted(items, key=lambda item: (-len(item.name), item.start, item.name))
    claims = Claims(len(text))
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in ordered:
        position = text.find(item.name)
        while position >= 0:
            span = (position, position + len(item.name))
            if claims.free(*span):
                spans.setdefault(item.name, []).append(span)
            position = text.find(item.name, span[1])
        for start, end in spans.get(item.name, []):
            claims.claim(start, end)
    result = [
        Organization(name=item.name, kind=item.kind, spans=sorted(spans[item.name]))
        for item in ordered
        if spans.get(item.name)
    ]
    return sorted(result, key=lambda org: (org.spans[0][0], org.name))
