"""Docs that cannot go stale: the README's commands, its recipes, and examples/."""

import json
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
