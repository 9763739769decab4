"""The rule tables in factx/data load, and a malformed row fails loudly with its place."""

import pytest

from factx import tables


def test_tables_load_and_are_not_empty():
    assert tables.UNITS["亿元" if "亿元" in tables.UNITS else "元"].unit == "元"
    assert tables.QUALIFIER_WORDS[("约", "pre")] == "approx"
    assert tables.ORG_SUFFIXES["有限公司"] == "company"
    assert tables.ORG_GAZETTEER["新华社"] == "other"
    assert tables.HOLIDAYS["元旦"] == (1, 1)
    assert tables.PLANS["十四五"] == (2021, 2025)
    assert "干部" in tables.ORG_STOP
    assert tables.KIND_NOUNS <= tables.ORG_STOP  # a noun of a kind names no body
    assert "王" in tables.SURNAMES and "欧阳" in tables.SURNAMES
    assert tables.COUNTRY_SHORT["以"] == ("以色列",) and "巴西" in tables.COUNTRY_SHORT["巴"]
    assert all(len(short) == 1 and all(full.startswith(short) for full in names) for short, names in tables.COUNTRY_SHORT.items())
    # The organisation rules read both lists as predicates: a verb belongs in one of them.
    assert not tables.NOUN_TAGGED_VERBS & set(tables.SUBJECT_WORDS["main_verb"])


def test_units_report_known_base_units():
    for unit in tables.UNITS.values():
        assert unit.unit in {u.form for u in tables.UNITS.values()} | {"个百分点"}


def test_gazetteer_names_can_apply():
    # A gazetteer name that is also a stop word or a generic word would be found and dropped.
    assert not set(tables.ORG_GAZETTEER) & (tables.ORG_STOP | tables.ORG_GENERIC)
    # A name that is also a head keeps one kind.
    for name in set(tables.ORG_GAZETTEER) & set(tables.ORG_SUFFIXES):
        assert tables.ORG_GAZETTEER[name] == tables.ORG_SUFFIXES[name], name
    # A club named as its city is needs a match only where the gazetteer finds it at all.
    assert set(tables.ORG_WORDS["club_place"]) <= set(tables.ORG_GAZETTEER)
    assert set(tables.ORG_LATIN_CUES.values()) <= set(tables.ORG_KINDS)


PATTERN_FILES = ["noise.txt", "meta_lines.txt", "org_stop.txt", "org_generic.txt", "org_weak_heads.txt",
                 "org_departments.txt", "indicator_terms.txt", "org_trade_words.txt", "fixed_phrases.txt",
                 "policy_terms.txt", "kind_nouns.txt", "current_words.txt", "current_verbs.txt", "places.txt", "noun_tagged_verbs.txt", "surnames.txt"]


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_pattern_files_have_no_duplicate_rows(name):
    rows = tables.load_patterns(name)
    assert len(rows) == len(set(rows)), [row for row in rows if rows.count(row) > 1]


def test_rows_that_can_only_apply_to_a_head_name_one():
    # Weak heads and department heads qualify heads; one that is no head never applies.
    assert tables.ORG_WEAK_HEADS <= set(tables.ORG_SUFFIXES)
    assert tables.ORG_DEPARTMENTS <= set(tables.ORG_SUFFIXES)
    assert all(len(term) >= 2 for term in tables.INDICATOR_TERMS)


def test_subject_words_rows_are_distinct():
    rows = [line for line in tables.read_data("subject_words.tsv").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) == len(set(rows)), sorted({row for row in rows if rows.count(row) > 1})


@pytest.mark.parametrize(
    "text,message",
    [("名字\n", "expected 2 tab-separated cells"), ("名字\tnot-a-kind\n", "not one of"), ("甲\tcompany\n甲\tother\n", "two kinds")],
)
def test_malformed_rows_name_file_and_line(text, message):
    with pytest.raises(tables.TableError, match=message) as error:
        tables.load_kinds("user.tsv", text)
    assert "user.tsv:" in str(error.value)


def test_every_organisation_word_role_has_words_and_is_documented():
    header = tables.read_data("org_words.tsv")
    for role in tables.ORG_WORD_ROLES:
        assert tables.ORG_WORDS[role], role
        assert f"# {role}:" in header, role


@pytest.mark.parametrize(
    "text,message",
    [("驻\n", "expected 2 tab-separated cells"), ("驻\tlinker\n", "not one of"), ("驻\tlinking\n驻\tlinking\n", "twice")],
)
def test_malformed_organisation_word_rows_name_file_and_line(text, message):
    with pytest.raises(tables.TableError, match=message) as error:
        tables.load_org_words(text)
    assert "org_words.tsv:" in str(error.value)


def test_minor_units_divide_a_money_unit():
    money = {unit.unit for unit in tables.UNITS.values() if unit.kind == "money"}
    assert tables.MINOR_UNITS and all(minor.major in money and minor.parts >= 2 for minor in tables.MINOR_UNITS.values())


@pytest.mark.parametrize(
    "text,message",
    [("单日\t二百\n", "not a whole number"), ("单日\t200\n单日\t300\n", "duplicate word"), ("单日\n", "expected 2 tab-separated cells")],
)
def test_malformed_word_frequencies_name_the_line(text, message):
    with pytest.raises(tables.TableError, match=message) as error:
        tables.load_word_frequencies(text)
    assert "word_frequencies.tsv:" in str(error.value)


def test_every_tag_correction_applies():
    # A corrected word the dictionary lacks (or filters out) would correct nothing: a stale row.
    from factx.extract import tokens as tk

    for word, tag in tables.TAG_CORRECTIONS.items():
        assert tk.known(word) and tk.tag_of(word) == tag, word


@pytest.mark.parametrize(
    "text,message",
    [("城市\tns\n", "not one of"), ("城市\tn\n城市\tv\n", "duplicate word"), ("城市\n", "expected 2 tab-separated cells")],
)
def test_malformed_tag_corrections_name_the_line(text, message):
    with pytest.raises(tables.TableError, match=message) as error:
        tables.load_tag_corrections(text)
    assert "tag_corrections.tsv:" in str(error.value)
