"""Docs that cannot go stale: the README's commands, its recipes, and examples/."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands():
    return re.findall(r"^    (\S.*)$", README.split("## What comes out")[0], flags=re.M)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_command():
    setup, tests = readme_commands()[:2]
    assert setup.endswith("factx extract seeds/")
    assert tests.endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.split(" && ", 2)[2] in ci


def test_example_output_is_current():
    result = subprocess.run([sys.executable, "-m", "factx", "extract", "--ref-date", "2020-10-14", "seeds/"],
                            capture_output=True, cwd=ROOT, check=True)
    current = (ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8")
    assert result.stdout.decode() == current, "regenerate: factx extract --ref-date 2020-10-14 seeds/ > examples/seed.jsonl"


@pytest.mark.skipif(shutil.which("jq") is None or shutil.which("factx") is None, reason="needs jq and the factx command")
def test_readme_jq_recipes_run_and_print_json():
    recipes = [line.strip() for line in README.splitlines() if line.startswith("    factx extract") and "| jq" in line]
    assert len(recipes) >= 3
    for recipe in recipes:
        result = subprocess.run(recipe, shell=True, capture_output=True, cwd=ROOT)
        assert result.returncode == 0, (recipe, result.stderr)
        out = result.stdout.decode().strip()
        assert out
        json.loads(out) if out.startswith("[") else [json.loads(line) for line in out.splitlines()]


def test_readme_recipe_outputs_are_real():
    result = subprocess.run([sys.executable, "-m", "factx", "extract", "--ref-date", "2020-10-14", "seeds/"],
                            capture_output=True, cwd=ROOT, check=True)
    funds = [(r["name"], r["size"]["value"]) for line in result.stdout.decode().splitlines()
             for r in json.loads(line)["records"] if r["type"] == "fund"]
    for name, value in funds:
        assert f'"name":"{name}","size":{value}' in README


def test_every_record_the_readme_shows_is_in_the_seed_output():
    printed = [json.loads(line) for line in (ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()]
    records = [record for article in printed for record in article["records"]]
    # raw_decode reads the record and leaves what closes the article around it (`]}`, `,`).
    lines = [line.strip() for line in README.splitlines()]
    shown = [json.JSONDecoder().raw_decode(line)[0] for line in lines if line.startswith('{"type":')]
    assert len(shown) >= 6
    for record in shown:
        assert record in records, record


@pytest.mark.skipif(shutil.which("jq") is None or shutil.which("factx") is None, reason="needs jq and the factx command")
def test_readme_parse_recipes_print_what_the_readme_shows():
    # Each parse recipe is an indented command followed by a fenced block of its whole output.
    recipes = re.findall(r"^    ((?:cut [^\n]*\| )?factx parse [^\n]*\| jq[^\n]*)\n\n```\n(.*?)```", README, flags=re.M | re.S)
    assert len(recipes) >= 2
    for command, shown in recipes:
        result = subprocess.run(command, shell=True, capture_output=True, cwd=ROOT)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.decode() == shown, command


def test_readme_table_and_database_recipes_print_what_the_readme_shows(tmp_path):
    section = README.split("## Tables, databases and a review page")[1].split("\n## ")[0]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    commands = re.findall(r"^    (factx extract .*)$", section, flags=re.M)
    assert len(commands) == 4
    for command in commands:
        subprocess.run(command, shell=True, check=True, cwd=tmp_path, env=_with_factx())
    assert {"facts.jsonl", "facts.csv", "facts.db", "review.html"} <= {path.name for path in tmp_path.iterdir()}
    snippets = re.findall(r"```python\n(.*?)```\n\n```\n(.*?)```", section, flags=re.S)
    assert len(snippets) == 2
    for code, shown in snippets:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stdout.decode().rstrip("\n") == shown.rstrip("\n"), code
    query = re.search(r"^    (sqlite3 facts\.db [^\n]*)\n\n```\n(.*?)```", section, flags=re.M | re.S)
    if shutil.which("sqlite3"):
        result = subprocess.run(query.group(1), shell=True, capture_output=True, cwd=tmp_path, check=True)
        assert result.stdout.decode() == query.group(2)


def _with_factx():
    """PATH with this interpreter's scripts first, where the factx command is installed."""
    return {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
