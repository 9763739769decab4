import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7ef990bb1c2a0940.txt"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"


def dev_file(name: str) -> Path:
    path = SHARED_DEV / name
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is beside the project in CI)")
    return path


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
