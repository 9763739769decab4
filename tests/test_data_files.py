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


def test_units_report_known_base_units():
    for unit in tables.UNITS.values():
        assert unit.unit in {u.form for u in tables.UNITS.values()} | {"个百分点"}


def test_gazetteer_and_suffix_kinds_do_not_conflict():
    for name, kind in tables.ORG_GAZETTEER.items():
        assert kind in tables.ORG_KINDS, name


@pytest.mark.parametrize(
    "text,message",
    [("名字\n", "expected 2 tab-separated cells"), ("名字\tnot-a-kind\n", "not one of"), ("甲\tcompany\n甲\tother\n", "two kinds")],
)
def test_malformed_rows_name_file_and_line(text, message):
    with pytest.raises(tables.TableError, match=message) as error:
        tables.load_kinds("user.tsv", text)
    assert "user.tsv:" in str(error.value)
