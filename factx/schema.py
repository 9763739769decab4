"""The contract (models.py) as pydantic sees it: the JSON Schema of each output shape, and
validation of output against it.

Only `factx schema`, the tests and users who ask load this module: a run of `factx extract`
never imports pydantic (models.py says why).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import TypeAdapter

from .flat import FlatRecord
from .models import Article, Parsed

Shape = Literal["article", "flat", "parse"]
SHAPES: dict[Shape, type] = {"article": Article, "flat": FlatRecord, "parse": Parsed}


@cache
def adapter(shape: Shape) -> TypeAdapter[Any]:
    """pydantic's validator and serializer of one output shape, built on first use."""
    return TypeAdapter(SHAPES[shape])


def json_schema(shape: Shape) -> dict[str, Any]:
    """The JSON Schema of one output line (`factx schema`)."""
    return adapter(shape).json_schema(mode="serialization")


def validate_line(line: str | bytes, shape: Shape = "article") -> Any:
    """One output line checked against the contract: types, vocabularies, the provenance
    invariant, no field beyond the contract's. Returns the model; raises
    pydantic.ValidationError."""
    return adapter(shape).validate_json(line)
