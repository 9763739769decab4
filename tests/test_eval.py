"""The scorer on hand-made gold/prediction pairs, and the dev-gold floors that CI keeps."""

import json
from decimal import Decimal

import pytest

from factx.evaluate import Count, char_f1, match, same_unit, same_value, score_document, score_files, score_peer_case

from .conftest import ROOT, SHARED_DEV, dev_file

FLOORS = json.loads((ROOT / "tests" / "eval_floor.json").read_text(encoding="utf-8"))


def metric_doc(text, metrics):
    return {"id": "t", "text": text, "ref_date": "2020-10-14", "metrics": metrics}


def gold_metric(value, unit, subject="产值", optional=False):
    return {"subject": subject, "value": value, "unit": unit, "raw": "", "qualifier": None, "optional": optional}


def test_exact_counts_for_metrics():
    text = "产值达5亿元，增长3%，企业12家。"
    scores = score_document(metric_doc(text, [gold_metric(500000000, "元"), gold_metric(3, "%"), gold_metric(7, "个")]), ["metric"])
    assert (scores["metric"].tp, scores["metric"].fp, scores["metric"].fn) == (2, 1, 1)


def test_optional_items_neither_reward_nor_penalise():
    text = "产值达5亿元，企业12家。"
    gold = [gold_metric(500000000, "元"), gold_metric(12, "家", optional=True), gold_metric(99, "个", optional=True)]
    scores = score_document(metric_doc(text, gold), ["metric"])
    assert (scores["metric"].tp, scores["metric"].fp, scores["metric"].fn) == (1, 0, 0)


def test_absent_keys_are_not_scored():
    scores = score_document({"id": "t", "text": "重庆大学产值达5亿元。", "ref_date": None, "organizations": []}, ["metric", "organization"])
    assert set(scores) == {"organization", "organization_lenient"}
    assert scores["organization"].fp == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [("公里", "千米"), ("km", "公里"), ("kg", "公斤"), ("公分", "厘米"), ("公尺", "米"), ("平米", "平方米"), ("㎡", "平方米"),
     ("吋", "英吋"), ("呎", "英尺"), ("港币", "港元"), ("台币", "新台币"), ("兩", "两"), ("個", "个")],
)
def test_forms_of_one_unit_are_the_same_unit(left, right):
    assert same_unit(left, right) and same_unit(right, left)


@pytest.mark.parametrize(("left", "right"), [("元", "美元"), ("米", "千米"), ("%", "个百分点"), ("吨", "千克"), ("港元", "元"), ("人", "人次")])
def test_different_units_are_not_the_same(left, right):
    assert not same_unit(left, right)
    scores = score_document(metric_doc("全程12千米。", [gold_metric(12, "公里")]), ["metric"])
    assert scores["metric"].tp == 1


def test_value_tolerance_is_relative():
    assert same_value(137330000000, Decimal("137330000000.0001"))
    assert not same_value(137330000000, 137340000000)
    assert same_value(0.24, Decimal("0.24"))
    assert not same_value(None, 1)


def test_each_gold_item_matches_at_most_one_prediction():
    count, pairs = match([{"v": 1}], [1, 1], lambda g, p: g["v"] == p, str, str)
    assert (count.tp, count.fp, count.fn) == (1, 1, 0)


def test_subject_accuracy_uses_character_f1():
    assert char_f1("签约项目", "项目") == pytest.approx(2 / 3)
    assert char_f1("科研院所", "科研院所、大专院校、企业、社会组织") < 0.5
    scores = score_document(metric_doc("科学城产值达5亿元。", [gold_metric(500000000, "元", subject="科学城产值")]), ["metric"])
    assert (scores["metric_subject"].correct, scores["metric_subject"].total) == (1, 1)


def test_organizations_exact_and_lenient():
    doc = {"id": "t", "text": "重庆市科技装备业商会和重庆大学合作。", "ref_date": None,
           "organizations": [{"name": "科技装备业商会", "kind": "association"}, {"name": "重庆大学", "kind": "university"}]}
    scores = score_document(doc, ["organization"])
    assert (scores["organization"].tp, scores["organization"].fp, scores["organization"].fn) == (1, 1, 1)
    assert scores["organization_lenient"].tp == 2


def test_dates_exact_and_span_only():
    doc = {"id": "t", "text": "今年1-8月和１２月３１日", "ref_date": "2020-10-14",
           "dates": [{"text": "今年1-8月", "start": "2020-01-01", "end": "2020-08-31"}, {"text": "１２月３１日", "start": None, "end": None}]}
    scores = score_document(doc, ["date"])
    assert (scores["date"].tp, scores["date"].fn) == (1, 0)
    assert scores["date_span"].tp == 2


def test_funds_and_sizes():
    doc = {"id": "t", "text": "建立总规模300亿元的双城经济圈发展基金。", "ref_date": None,
           "funds": [{"name": "双城经济圈发展基金", "value": 30000000000, "unit": "元"}]}
    scores = score_document(doc, ["fund"])
    assert scores["fund"].tp == 1 and scores["fund_size"].correct == 1


def test_peer_cases_pass_on_value_and_unit_or_start_and_end():
    assert score_peer_case({"suite": "s", "text": "十五美元", "kind": "money", "ref_date": None, "expect": {"value": 15, "unit": "美元"}})
    assert not score_peer_case({"suite": "s", "text": "十五美元", "kind": "money", "ref_date": None, "expect": {"value": 15, "unit": "元"}})
    assert score_peer_case({"suite": "s", "text": "明年", "kind": "date", "ref_date": "2017-03-22",
                            "expect": {"start": "2018-01-01", "end": "2018-12-31"}})


def test_a_bare_number_case_names_no_unit_and_matches_on_value():
    assert score_peer_case({"suite": "s", "text": "产值三百五十亿元", "kind": "number", "expect": {"value": 35000000000}})
    assert not score_peer_case({"suite": "s", "text": "产值三百五十亿元", "kind": "number", "expect": {"value": 350}})


def test_count_arithmetic():
    assert Count(tp=3, fp=1, fn=1).as_dict()["f1"] == 0.75
    assert Count().as_dict()["f1"] == 0.0


def _below_floors(report, floors_by_file, folder):
    failures = []
    for name, floors in floors_by_file.items():
        scores = report["files"].get(str(folder / name)) or report["peers"].get(str(folder / name))
        if scores is None:
            failures.append(f"{name}: not scored")
            continue
        for key, floor in floors.items():
            # "date_span.recall" floors one figure; a bare key floors F1 (or accuracy, or pass rate).
            score, _, figure_name = key.partition(".")
            value = scores[score]
            figure = value[figure_name] if figure_name else value.get("f1", value.get("accuracy", value.get("rate")))
            if figure < floor:
                failures.append(f"{name} {key}: {figure} < floor {floor}")
    return failures


def test_own_gold_stays_above_its_floors():
    """Texts written and annotated for this project: quality is measured in any clone."""
    own = ROOT / "tests" / "data"
    report = score_files([str(own / "own_gold.jsonl")], ["metric", "organization", "date", "fund"])
    assert not _below_floors(report, FLOORS["own"], own)


def test_dev_gold_stays_above_its_floors():
    """No change may make factx worse on ../shared/eval/dev unnoticed: tests/eval_floor.json holds the floors."""
    dev_file("seed.jsonl")
    paths = sorted(str(path) for path in SHARED_DEV.glob("*.jsonl"))
    report = score_files(paths, ["metric", "organization", "date", "fund"])
    failures = _below_floors(report, FLOORS["files"], SHARED_DEV)
    assert not failures, failures
