"""Rule tables shipped as plain files in factx/data, read once and validated.

A malformed row raises at import with the file name and line number, so a
broken edit to a table never turns into silently missing extractions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

import regex

from . import patterns

QUALIFIERS = ("approx", "more_than", "less_than", "at_least", "at_most")
UNIT_KINDS = ("money", "percent", "ratio", "measure", "time", "people", "count")
ORG_KINDS = ("government", "university", "research", "company", "association", "other")
MONTH_DAY_RE = patterns.compile(r"(\d\d)-(\d\d)")


# The tables ship inside the package as plain files: read straight off the disk, as
# importlib.resources would (its reader for a folder without __init__.py costs 9 million instructions a start).
DATA = Path(__file__).with_name("data")


def read_data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


class TableError(ValueError):
    """A rule table row that does not have the shape its file promises."""


def _rows(name: str, columns: int, text: str | None = None) -> Iterator[tuple[int, list[str]]]:
    if text is None:
        text = read_data(name)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != columns or not all(cell.strip() for cell in cells):
            raise TableError(f"{name}:{number}: expected {columns} tab-separated cells, got {line!r}")
        yield number, [cell.strip() for cell in cells]


def _check(name: str, number: int, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise TableError(f"{name}:{number}: {value!r} is not one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True)
class Unit:
    form: str
    unit: str
    kind: str


def load_units() -> Mapping[str, Unit]:
    units: dict[str, Unit] = {}
    for number, (form, unit, kind) in _rows("units.tsv", 3):
        if form in units:
            raise TableError(f"units.tsv:{number}: duplicate form {form!r}")
        units[form] = Unit(form, unit, _check("units.tsv", number, kind, UNIT_KINDS))
    # 三万元欧元, 5000元人民币: 元 and then the currency it is counted in.
    for word in currency_words(units):
        units.setdefault("元" + word, Unit("元" + word, units[word].unit, "money"))
    return MappingProxyType(units)


# Money units that count in 元 whatever the currency (a number comes before them, never after).
GENERIC_MONEY = ("元", "圆", "块", "蚊")


def currency_words(units: Mapping[str, Unit]) -> tuple[str, ...]:
    """Money units that name a currency (人民币, 美元, 港币, 新台币): they may also come before
    the number (港币5000元, 美元1.2亿)."""
    return tuple(form for form, unit in units.items() if unit.kind == "money" and not form.startswith(GENERIC_MONEY))


@dataclass(frozen=True)
class MinorUnit:
    form: str
    major: str
    parts: int


def load_minor_units(units: Mapping[str, Unit]) -> Mapping[str, MinorUnit]:
    """minor_units.tsv: each minor unit with the major unit (one of units.tsv's money units) it divides."""
    table: dict[str, MinorUnit] = {}
    money = {unit.unit for unit in units.values() if unit.kind == "money"}
    for number, (form, major, parts) in _rows("minor_units.tsv", 3):
        if form in table or major not in money or not parts.isdigit() or int(parts) < 2:
            raise TableError(f"minor_units.tsv:{number}: bad or duplicate row {form!r} {major!r} {parts!r}")
        table[form] = MinorUnit(form, major, int(parts))
    return MappingProxyType(table)


def load_qualifiers() -> Mapping[tuple[str, str], str]:
    """(form, position) -> qualifier, position being pre, mid or post."""
    table: dict[tuple[str, str], str] = {}
    for number, (form, position, qualifier) in _rows("qualifiers.tsv", 3):
        key = (form, _check("qualifiers.tsv", number, position, ("pre", "mid", "post")))
        if key in table:
            raise TableError(f"qualifiers.tsv:{number}: duplicate {key!r}")
        table[key] = _check("qualifiers.tsv", number, qualifier, QUALIFIERS)
    return MappingProxyType(table)


def load_kinds(name: str, text: str | None = None) -> Mapping[str, str]:
    """name -> organisation kind, for org_suffixes.tsv, org_gazetteer.tsv and user files."""
    table: dict[str, str] = {}
    for number, (form, kind) in _rows(name, 2, text):
        if form in table and table[form] != kind:
            raise TableError(f"{name}:{number}: {form!r} given two kinds")
        table[form] = _check(name, number, kind, ORG_KINDS)
    return MappingProxyType(table)


SUBJECT_ROLES = (
    "amount", "main_verb", "noun", "measure_head", "stop", "calendar", "compare", "relative", "outcome", "action_count", "dimension",
    "change_in_name", "change_head", "handling", "compare_over", "event_count", "measure_verb", "agent", "vague",
    "adverbial", "change_manner", "relative_adverb", "distributive", "relative_share", "measure_prefix", "channel", "manner", "purpose",
    "compound_head", "joining", "motion", "travel", "owned", "owned_modifier", "restating", "demonstrative", "direction", "origin", "care",
    "taking_part", "partner_verb", "lasting_activity",
)


# The tags a correction may give (tag_corrections.tsv): the common words' tags.
CORRECTED_TAGS = ("n", "v", "vn", "a", "d", "c", "f")


def load_tag_corrections(text: str | None = None) -> Mapping[str, str]:
    """word -> the tag it has in news, for words jieba's dictionary tags as names."""
    table: dict[str, str] = {}
    for number, (word, tag) in _rows("tag_corrections.tsv", 2, text):
        if word in table:
            raise TableError(f"tag_corrections.tsv:{number}: duplicate word {word!r}")
        table[word] = _check("tag_corrections.tsv", number, tag, CORRECTED_TAGS)
    return MappingProxyType(table)


def load_word_frequencies(text: str | None = None) -> Mapping[str, int]:
    """word -> the count the segmenter gives it, for words news uses far more than jieba's corpus did."""
    table: dict[str, int] = {}
    for number, (word, count) in _rows("word_frequencies.tsv", 2, text):
        if word in table:
            raise TableError(f"word_frequencies.tsv:{number}: duplicate word {word!r}")
        if not count.isdecimal():
            raise TableError(f"word_frequencies.tsv:{number}: {count!r} is not a whole number")
        table[word] = int(count)
    return MappingProxyType(table)


def load_subject_words() -> Mapping[str, frozenset[str]]:
    """role -> words, from subject_words.tsv (a word may have several roles)."""
    table: dict[str, set[str]] = {role: set() for role in SUBJECT_ROLES}
    for number, (word, role) in _rows("subject_words.tsv", 2):
        table[_check("subject_words.tsv", number, role, SUBJECT_ROLES)].add(word)
    return MappingProxyType({role: frozenset(words) for role, words in table.items()})


ORG_WORD_ROLES = (
    "list_modifier", "list_cue", "strong_cue", "university_cue", "list_opener", "former", "direction",
    "not_name_ordinal", "linking", "place_end", "name_opener", "not_after_head", "count_measure", "shorthand_place",
    "name_barrier", "member", "concept", "coordinator", "field_word", "event", "venue", "people",
    "club_place", "match_word", "host_event", "latin_agent_verb", "not_latin_name", "unit", "web_portal", "web_channel",
)


def load_org_words(text: str | None = None) -> Mapping[str, tuple[str, ...]]:
    """role -> words, in file order, from org_words.tsv (a word may have several roles)."""
    table: dict[str, list[str]] = {role: [] for role in ORG_WORD_ROLES}
    for number, (word, role) in _rows("org_words.tsv", 2, text):
        words = table[_check("org_words.tsv", number, role, ORG_WORD_ROLES)]
        if word in words:
            raise TableError(f"org_words.tsv:{number}: {word!r} is a {role} twice")
        words.append(word)
    return MappingProxyType({role: tuple(words) for role, words in table.items()})


def load_country_short() -> Mapping[str, tuple[str, ...]]:
    """one-character short form -> the full names it may stand for, from country_short.tsv."""
    table: dict[str, list[str]] = {}
    for number, (short, full) in _rows("country_short.tsv", 2):
        if len(short) != 1 or not full.startswith(short):
            raise TableError(f"country_short.tsv:{number}: {short!r} is no short form of {full!r}")
        table.setdefault(short, []).append(full)
    return MappingProxyType({short: tuple(names) for short, names in table.items()})


def load_homonyms() -> Mapping[str, regex.Pattern]:
    """gazetteer name -> the compiled pattern of the contexts where it is an everyday word, from
    org_homonyms.tsv."""
    table: dict[str, regex.Pattern] = {}
    for number, (name, pattern) in _rows("org_homonyms.tsv", 2):
        compiled = patterns.compile(pattern)
        if compiled.search(name):
            raise TableError(f"org_homonyms.tsv:{number}: the pattern for {name!r} matches the name alone")
        table[name] = compiled
    return MappingProxyType(table)


def load_holidays() -> Mapping[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for number, (name, month_day) in _rows("holidays.tsv", 2):
        match = MONTH_DAY_RE.fullmatch(month_day)
        if not match or name in table:
            raise TableError(f"holidays.tsv:{number}: bad or duplicate row {name!r} {month_day!r}")
        table[name] = (int(match[1]), int(match[2]))
    return MappingProxyType(table)


def load_plans() -> Mapping[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for number, (name, first, last) in _rows("plans.tsv", 3):
        if not (first.isdigit() and last.isdigit() and int(first) <= int(last)) or name in table:
            raise TableError(f"plans.tsv:{number}: bad or duplicate row {name!r}")
        table[name] = (int(first), int(last))
    return MappingProxyType(table)


def load_eras() -> Mapping[str, int]:
    table: dict[str, int] = {}
    for number, (name, first) in _rows("eras.tsv", 2):
        if not first.isdigit() or name in table:
            raise TableError(f"eras.tsv:{number}: bad or duplicate row {name!r}")
        table[name] = int(first)
    return MappingProxyType(table)


def load_datelines() -> tuple[tuple[str, bool], ...]:
    """(pattern, strong) rows of datelines.txt."""
    rows = []
    for number, (pattern, strength) in _rows("datelines.txt", 2):
        rows.append((pattern, _check("datelines.txt", number, strength, ("strong", "weak")) == "strong"))
    return tuple(rows)


def load_traditional() -> Mapping[str, str]:
    """Traditional character -> the simplified character it is read as (one for one)."""
    # 4,000 rows of exactly one character, a tab and one character: read in one pass and checked
    # as a whole (row by row through _rows, this table alone took half the start-up's table reading).
    text = read_data("traditional.tsv")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    table = {line[0]: line[2] for line in rows if len(line) == 3 and line[1] == "\t"}
    if len(table) != len(rows) or not all(character.strip() for pair in table.items() for character in pair):
        for number, (traditional, simplified) in _rows("traditional.tsv", 2, text):
            if len(traditional) != 1 or len(simplified) != 1:
                raise TableError(f"traditional.tsv:{number}: expected one new character for one, got {traditional!r} {simplified!r}")
        raise TableError("traditional.tsv: a traditional character is listed twice")
    return MappingProxyType(table)


def load_patterns(name: str) -> tuple[str, ...]:
    text = read_data(name)
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


UNITS = load_units()
MINOR_UNITS = load_minor_units(UNITS)
QUALIFIER_WORDS = load_qualifiers()
ORG_SUFFIXES = load_kinds("org_suffixes.tsv")
COUNTRY_SHORT = load_country_short()
# FACTX_NO_GAZETTEER=1 leaves the gazetteer out (of the extractor and the segmenter's dictionary
# alike), to measure what the grammar finds alone; the README gives the figures both ways.
ORG_GAZETTEER = MappingProxyType({}) if os.environ.get("FACTX_NO_GAZETTEER") else load_kinds("org_gazetteer.tsv")
ORG_HOMONYMS = load_homonyms()
ORG_LATIN_CUES = load_kinds("org_latin_cues.tsv")
NOISE_LINES = load_patterns("noise.txt")
META_LINES = load_patterns("meta_lines.txt")
DATELINE_SHAPES = load_datelines()
KIND_NOUNS = frozenset(load_patterns("kind_nouns.txt"))
NOUN_TAGGED_VERBS = frozenset(load_patterns("noun_tagged_verbs.txt"))
VERB_TAGGED_NOUNS = frozenset(load_patterns("verb_tagged_nouns.txt"))
ORG_STOP = frozenset(load_patterns("org_stop.txt")) | KIND_NOUNS
ORG_GENERIC = frozenset(load_patterns("org_generic.txt"))
ORG_WEAK_HEADS = frozenset(load_patterns("org_weak_heads.txt"))
ORG_DEPARTMENTS = frozenset(load_patterns("org_departments.txt"))
INDICATOR_TERMS = frozenset(load_patterns("indicator_terms.txt"))
POLICY_TERMS = frozenset(load_patterns("policy_terms.txt"))
CURRENT_WORDS = frozenset(load_patterns("current_words.txt"))
CURRENT_VERBS = frozenset(load_patterns("current_verbs.txt"))
PLACES = frozenset(load_patterns("places.txt"))
COUNTRIES = frozenset(load_patterns("countries.txt"))
REGIONS = frozenset(load_patterns("regions.txt"))
TAG_CORRECTIONS = load_tag_corrections()
WORD_FREQUENCIES = load_word_frequencies()
SURNAMES = frozenset(load_patterns("surnames.txt"))
FIXED_PHRASES = load_patterns("fixed_phrases.txt")
ORG_TRADE_WORDS = tuple(sorted(load_patterns("org_trade_words.txt"), key=lambda word: (-len(word), word)))
HOLIDAYS = load_holidays()
SUBJECT_WORDS = load_subject_words()
# Read by the metric, fund and organisation rules alike: verbs that make a clause's predicate,
# and nouns for those who act (企业, 高校), whose count ends at their predicate.
MAIN_VERBS = SUBJECT_WORDS["main_verb"]
AGENT_NOUNS = tuple(SUBJECT_WORDS["agent"])
ORG_WORDS = load_org_words()
PLANS = load_plans()
ERAS = load_eras()
TRADITIONAL = load_traditional()


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of literal forms, longest first so the longest form wins."""
    return "|".join(regex.escape(form) for form in sorted(set(forms), key=lambda f: (-len(f), f)))
