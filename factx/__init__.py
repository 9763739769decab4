"""factx: turn Chinese news text into typed, validated, traceable facts."""

from .expressions import parse_expression
from .models import Article, DateRecord, Fund, Metric, Organization, Parsed, Record, as_json
from .numbers import parse_number
from .pipeline import extract_json, extract_text
from .runner import FileOutput, extract_file

__version__ = "0.1.0"
__all__ = [
    "Article", "DateRecord", "Fund", "Metric", "Organization", "Parsed", "Record",
    "FileOutput", "as_json", "extract_file", "extract_json", "extract_text", "parse_expression", "parse_number", "__version__",
]
