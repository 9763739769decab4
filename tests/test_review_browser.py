"""The review page in a real browser: headless Chromium from the system's packages, driven
by Playwright (its own browser download is not reachable here; .ci/run installs Debian's
chromium and a CJK font when they are missing).

FACTX_SCREENSHOT=docs/review.png python -m pytest tests/test_review_browser.py
refreshes the screenshot the README shows.
"""

import json
import os
import shutil
from collections import Counter

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.models import RECORD_TYPES

from .conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]')")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium); .ci/run installs it")
# As root and on a closed network: no sandbox, and none of Chromium's calls home.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    review = folder / "review.html"
    result = CliRunner().invoke(main, ["extract", "--ref-date", "2020-10-14", "--format", "html", "-o", str(review), str(SEED)])
    assert result.exit_code == 0, result.output
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        tab = browser.new_page(viewport={"width": 1100, "height": 900})
        tab.goto(review.as_uri())
        yield tab
        browser.close()


def seed_records():
    result = CliRunner().invoke(main, ["extract", "--ref-date", "2020-10-14", str(SEED)])
    return [record for line in result.stdout.splitlines() for record in json.loads(line)["records"]]


def test_every_record_is_highlighted_once_per_mention(page):
    records = seed_records()
    marked = page.evaluate(
        "[...document.querySelectorAll('mark')].map(mark => [mark.dataset.type, mark.dataset.record])"
    )
    distinct = {tuple(pair) for pair in marked}
    assert len(distinct) == len(records)
    assert Counter(kind for kind, _ in distinct) == Counter(record["type"] for record in records)
    # The counts beside the filters are the records of each type.
    counts = page.evaluate("[...document.querySelectorAll('input[data-filter]')].map(b => [b.dataset.filter, b.nextElementSibling.textContent])")
    assert dict(counts) == {kind: str(sum(r["type"] == kind for r in records)) for kind in RECORD_TYPES}


def test_hovering_shows_the_normalized_value(page):
    title = page.locator('mark[data-type="metric"]', has_text="1373.3亿元").first.get_attribute("title")
    assert "137330000000 元" in title and "科学城战略性新兴企业产值" in title and "今年1-8月" in title


def test_a_filter_hides_one_type_and_leaves_the_others(page, tmp_path):
    def background(kind):
        return page.locator(f'mark[data-type="{kind}"]').first.evaluate("m => getComputedStyle(m).backgroundColor")

    shown = background("metric")
    assert shown not in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator('input[data-filter="metric"]').click()
    assert background("metric") == "rgba(0, 0, 0, 0)"
    assert background("date") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert not page.locator('tr[data-type="metric"]').first.is_visible()
    assert page.locator('tr[data-type="date"]').first.is_visible()
    page.locator('input[data-filter="metric"]').click()
    assert background("metric") == shown
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
    if os.environ.get("FACTX_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["FACTX_SCREENSHOT"])
