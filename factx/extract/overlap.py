"""Which of two records that claim the same characters wins: the rules, in one place.

- A date over a figure: 2019年 and 10月13日 are dates, never 2019 years or 10 months, so a
  figure that overlaps a date is dropped (`Spans.overlaps`, in find_metrics and implied_yuan).
- A figure with its own unit over a bare figure or a sum with its 元 left off
  (10.15万亿、11万亿元: carried_units and implied_yuan skip what a unit-bearing figure holds).
- A fund's name over an organisation inside it: 清华 of 清华电子信息学科引导基金 is no mention of
  its own (`outside_funds`).
- The longer name over a shorter one that shares its characters: 其中兴业银行 holds 兴业银行,
  not 中兴 (`Claims`, in the gazetteer and in every organisation's mentions).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator

from ..models import Organization
from .tokens import occurrences

Span = tuple[int, int]


class Spans:
    """Sorted spans that do not overlap one another (dates, figures): whether a span overlaps
    one of them is a bisection, so a page of thousands of figures stays linear."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans)
        self.ends = [end for _, end in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        after = bisect_right(self.ends, start)  # the first span that ends after `start`
        return after < len(self.spans) and self.spans[after][0] < end

    def between(self, start: int, end: int) -> list[Span]:
        """The spans that start at or after `start` and end by `end`."""
        return self.spans[bisect_left(self.spans, (start,)) : bisect_right(self.ends, end)]


class Claims:
    """Characters of a text already claimed by a name that wins over those still to come:
    checking a span costs its length, not the number of names claimed so far."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return not any(self._taken[start:end])

    def claim(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def outside_funds(text: str, organizations: Iterable[Organization], funds: Collection[str]) -> Iterator[Organization]:
    """Organisations that are no fund and have a mention outside every fund's name."""
    inside = [(position, position + len(name)) for name in funds for position in occurrences(text, name)]
    for org in organizations:
        if org.name not in funds and not all(_within(span, inside) for span in org.spans):
            yield org


def _within(span: Span, spans: list[Span]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)
