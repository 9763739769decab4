"""Scoring against annotated gold (docs/records.md section 5) and peer test cases.

Each gold document's text is extracted with its ref_date, the records of all
its articles pooled, and compared per type:
- metric: same unit (up to the forms of one unit in units.tsv) and value within 1e-6
  relative, one gold item to at most one prediction; subject accuracy is the
  share of matched metrics whose subject has character F1 >= 0.5 with gold's;
- organization: distinct names, exact and lenient (one contains the other);
- date: start and end equal (exact), and the text span alone (lenient: one
  contains the other, compared after NFKC so full-width digits match);
- fund: name (one contains the other), and the size's value as for metrics.
Keys absent from a gold document are not scored; `optional` items neither
reward nor penalise.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from .expressions import parse_expression
from .models import DateRecord, Fund, Metric, Organization
from .pipeline import extract_text
from .reading import simplified
from .tables import UNITS

TOLERANCE = Decimal("1e-6")
SCORES = ("metric", "metric_subject", "organization", "organization_lenient", "date", "date_span", "fund", "fund_size")
SCORED_TYPE = {"metric": "metric", "metric_subject": "metric", "organization": "organization",
               "organization_lenient": "organization", "date": "date", "date_span": "date", "fund": "fund", "fund_size": "fund"}


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Count") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses.extend(other.misses)

    def as_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Accuracy") -> None:
        self.correct, self.total = self.correct + other.correct, self.total + other.total
        self.misses.extend(other.misses)

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(self.correct / self.total, 4) if self.total else 0.0}


def _base_unit(unit: str) -> str:
    """The unit a form is counted in, as the units table reads it (千米 and km are 公里, 港币 is
    港元), traditional spellings read as simplified (兩 is 两): gold and predictions written in
    different forms of one unit compare equal."""
    unit = simplified(unit)
    return UNITS[unit].unit if unit in UNITS else unit


def same_unit(left: str | None, right: str | None) -> bool:
    return left is not None and right is not None and _base_unit(left) == _base_unit(right)


def same_value(left: Any, right: Any) -> bool:
    if left is None or right is None:
        return False
    left, right = Decimal(str(left)), Decimal(str(right))
    return abs(left - right) <= TOLERANCE * max(abs(left), abs(right), Decimal(1e-12))


def char_f1(predicted: str | None, gold: str | None) -> float:
    if not predicted or not gold:
        return 0.0
    common = sum((Counter(predicted) & Counter(gold)).values())
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _contains(left: str, right: str) -> bool:
    left, right = _nfkc(left), _nfkc(right)
    return left in right or right in left


def match(gold: list[dict[str, Any]], predicted: list[Any], same: Callable[[dict[str, Any], Any], bool],
          describe: Callable[[Any], str], gold_describe: Callable[[dict[str, Any]], str]) -> tuple[Count, list[tuple[dict[str, Any], Any]]]:
    """One-to-one greedy matching: required gold items first, then optional ones absorb predictions."""
    count, pairs, used = Count(), [], set()
    for optional in (False, True):
        for item in gold:
            if bool(item.get("optional")) != optional:
                continue
            candidates = [i for i, p in enumerate(predicted) if i not in used and same(item, p)]
            # A lenient match prefers the prediction that is also exact (the full name over a part).
            exact = [i for i in candidates if _identical(item, predicted[i])]
            found = (exact or candidates or [None])[0]
            if found is not None:
                used.add(found)
                if not optional:
                    count.tp += 1
                    pairs.append((item, predicted[found]))
            elif not optional:
                count.fn += 1
                count.misses.append("FN " + gold_describe(item))
    for index, prediction in enumerate(predicted):
        if index not in used:
            count.fp += 1
            count.misses.append("FP " + describe(prediction))
    return count, pairs


def _identical(gold: dict[str, Any], prediction: Any) -> bool:
    for key in ("name", "text"):
        if key in gold:
            value = prediction if isinstance(prediction, str) else getattr(prediction, key, None)
            return value == gold[key]
    return False


def score_document(document: dict[str, Any], types: Iterable[str], resolved_dates: bool = True) -> dict[str, Count | Accuracy]:
    """Scores of one gold document; `resolved_dates` is False for span-only date gold (pd98)."""
    articles = extract_text(document["text"], document.get("ref_date"), source=document.get("id", "-"))
    records = [record for article in articles for record in article.records]
    metrics = [r for r in records if isinstance(r, Metric)]
    orgs = sorted({r.name for r in records if isinstance(r, Organization)})
    dates = [r for r in records if isinstance(r, DateRecord)]
    funds = [r for r in records if isinstance(r, Fund)]
    result: dict[str, Count | Accuracy] = {}
    types = set(types)

    if "metric" in types and "metrics" in document:
        count, pairs = match(
            document["metrics"], metrics,
            lambda g, p: same_unit(g["unit"], p.unit) and same_value(g["value"], p.value),
            lambda p: f"{p.raw} = {p.value} {p.unit} [{p.subject}] | {p.evidence[:60]}",
            lambda g: f"{g['raw']} = {g['value']} {g['unit']} [{g.get('subject')}]",
        )
        result["metric"] = count
        subject = Accuracy()
        for gold_item, prediction in pairs:
            subject.total += 1
            if char_f1(prediction.subject, gold_item.get("subject")) >= 0.5:
                subject.correct += 1
            else:
                subject.misses.append(f"{prediction.raw}: {prediction.subject!r} vs gold {gold_item.get('subject')!r}")
        result["metric_subject"] = subject
    if "organization" in types and "organizations" in document:
        gold_names = sorted({item["name"] for item in document["organizations"] if not item.get("optional")})
        optional = {item["name"] for item in document["organizations"] if item.get("optional")}
        kept = [name for name in orgs if name not in optional]
        exact, _ = match([{"name": n} for n in gold_names], kept, lambda g, p: g["name"] == p, str, lambda g: g["name"])
        lenient, _ = match([{"name": n} for n in gold_names], kept, lambda g, p: _contains(g["name"], p), str, lambda g: g["name"])
        result["organization"], result["organization_lenient"] = exact, lenient
    if "date" in types and "dates" in document:
        resolved = [item for item in document["dates"] if item.get("start") is not None]
        if resolved_dates:
            result["date"], _ = match(
                resolved, [d for d in dates if d.start is not None],
                lambda g, p: str(p.start) == g["start"] and str(p.end) == g["end"],
                lambda p: f"{p.text} = {p.start}..{p.end}", lambda g: f"{g['text']} = {g['start']}..{g['end']}",
            )
        result["date_span"], _ = match(document["dates"], dates, lambda g, p: _contains(g["text"], p.text),
                                       lambda p: p.text, lambda g: g["text"])
    if "fund" in types and "funds" in document:
        count, pairs = match(document["funds"], funds, lambda g, p: _contains(g["name"], p.name),
                             lambda p: p.name, lambda g: g["name"])
        result["fund"] = count
        size = Accuracy()
        for gold_item, prediction in pairs:
            size.total += 1
            predicted_value = prediction.size.value if prediction.size else None
            if (gold_item.get("value") is None and predicted_value is None) or (
                same_value(gold_item.get("value"), predicted_value) and same_unit(gold_item.get("unit"), prediction.size.unit)
            ):
                size.correct += 1
            else:
                size.misses.append(f"{prediction.name}: {predicted_value} vs gold {gold_item.get('value')}")
        result["fund_size"] = size
    return result


def score_peer_case(case: dict[str, Any]) -> bool:
    return _peer_case(case)[0]


def _peer_case(case: dict[str, Any]) -> tuple[bool, list[str]]:
    """Whether some record has the expected value and unit (or start and end); what was found."""
    articles = extract_text(case["text"], case.get("ref_date"), source=case.get("suite", "-"))
    expect = case["expect"]
    found: list[str] = []
    for article in articles:
        for record in article.records:
            if "value" in expect:
                candidates = [record] if isinstance(record, Metric) else [record.size] if isinstance(record, Fund) and record.size else []
                # A bare number case (kind "number") names no unit: the value alone must match.
                if any(
                    same_value(expect["value"], c.value) and ("unit" not in expect or same_unit(expect["unit"], c.unit))
                    for c in candidates
                ):
                    return True, found
                found.extend(f"{c.raw}={c.value} {c.unit}" for c in candidates)
            elif isinstance(record, DateRecord):
                if str(record.start) == expect["start"] and str(record.end) == expect["end"]:
                    return True, found
                found.append(f"{record.text}={record.start}..{record.end}")
    return False, found


class GoldError(ValueError):
    """A gold file that cannot be scored: its path and line say where."""


def read_gold(path: str) -> list[dict[str, Any]]:
    """The documents (or peer cases) of a gold file; a GoldError names the file and line of a bad one."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot be read: {error}") from None
    documents = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(document, dict) or not ("text" in document and ("expect" in document or "id" in document)):
            raise GoldError(f"{path}:{number}: neither a gold document (id, text) nor a peer case (text, expect)")
        documents.append(document)
    if not documents:
        raise GoldError(f"{path}: no gold documents")
    return documents


def score_files(paths: Iterable[str], types: Iterable[str], show_misses: int = 0, misses: TextIO | None = None) -> dict[str, Any]:
    types = tuple(types)
    report: dict[str, Any] = {"files": {}, "overall": {}, "peers": {}}
    overall: dict[str, Count | Accuracy] = {}
    for path in paths:
        lines = read_gold(path)
        if lines and "expect" in lines[0]:
            report["peers"][path], failed = _score_peers(lines)
            if show_misses and misses is not None and failed:
                misses.write(f"== {path}: {len(failed)} cases failed\n")
                for line in failed[:show_misses]:
                    misses.write(f"  {line}\n")
            continue
        totals: dict[str, Count | Accuracy] = {}
        resolved_dates = any(item.get("start") for document in lines for item in document.get("dates", []))
        for document in lines:
            for name, value in score_document(document, types, resolved_dates).items():
                totals.setdefault(name, type(value)()).add(value)  # type: ignore[arg-type]
        report["files"][path] = {name: totals[name].as_dict() for name in SCORES if name in totals}
        for name, value in totals.items():
            overall.setdefault(name, type(value)()).add(value)  # type: ignore[arg-type]
            if show_misses and misses is not None and value.misses:
                misses.write(f"== {path} {name}: {len(value.misses)} misses\n")
                for line in value.misses[:show_misses]:
                    misses.write(f"  {line}\n")
    report["overall"] = {name: overall[name].as_dict() for name in SCORES if name in overall}
    return report


def score_peer_parse(case: dict[str, Any]) -> bool:
    """Whether `factx parse` of the case's whole text gives the expected value and unit (or dates)."""
    parsed = parse_expression(case["text"], case.get("ref_date"))
    expect = case["expect"]
    if "value" in expect:
        return same_value(expect["value"], parsed.value) and ("unit" not in expect or same_unit(expect["unit"], parsed.unit))
    return str(parsed.start) == expect["start"] and str(parsed.end) == expect["end"]


def _score_peers(cases: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Pass rates per suite and kind through extract, and through parse (`… parse`, `all parse`);
    a line for each case extract failed."""
    groups: dict[str, list[int]] = {}
    failed: list[str] = []
    for case in cases:
        key = f"{case['suite']} {case['kind']}"
        passed, found = _peer_case(case)
        if not passed:
            expected = " ".join(f"{name}={value}" for name, value in sorted(case["expect"].items()))
            failed.append(f"{key}: {case['text']!r} wants {expected}; found {', '.join(found) or 'nothing'}")
        for name, result in ((key, passed), (f"{key} parse", score_peer_parse(case))):
            groups.setdefault(name, [0, 0])
            groups[name][0] += result
            groups[name][1] += 1
    result = {key: _rate(passed, total) for key, (passed, total) in sorted(groups.items())}
    for suffix in ("", " parse"):
        totals = [counts for key, counts in groups.items() if key.endswith(" parse") == bool(suffix)]
        result["all" + suffix] = _rate(sum(passed for passed, _ in totals), sum(total for _, total in totals))
    return result, failed


def _rate(passed: int, total: int) -> dict[str, Any]:
    return {"passed": passed, "total": total, "rate": round(passed / total, 4) if total else 0.0}


def format_table(report: dict[str, Any]) -> str:
    rows = [f"{'file':<28} {'score':<22} {'P':>6} {'R':>6} {'F1/acc':>7} {'tp':>5} {'fp':>5} {'fn':>5}"]
    sections = [(Path(path).name, scores) for path, scores in report["files"].items()]
    if len(report["files"]) > 1:
        sections.append(("overall", report["overall"]))
    for label, scores in sections:
        for name, value in scores.items():
            if "accuracy" in value:
                rows.append(f"{label:<28} {name:<22} {'':>6} {'':>6} {value['accuracy']:>7.3f} {value['correct']:>5} {'':>5} {value['total'] - value['correct']:>5}")
            else:
                rows.append(f"{label:<28} {name:<22} {value['precision']:>6.3f} {value['recall']:>6.3f} {value['f1']:>7.3f} {value['tp']:>5} {value['fp']:>5} {value['fn']:>5}")
    for path, groups in report["peers"].items():
        for key, value in groups.items():
            rows.append(f"{Path(path).name:<28} {key:<40} {value['passed']:>4}/{value['total']:<4} {value['rate']:.3f}")
    return "\n".join(rows)
