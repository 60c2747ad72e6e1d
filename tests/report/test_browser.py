"""The HTML report in a real headless browser (Debian's chromium driven by Playwright; no browser download)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()),
                shutil.which("chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    return sync_playwright


def test_report_page_loads_filters_and_screenshots(built: dict[str, Path], tmp_path: Path) -> None:
    sync_playwright = _playwright()
    if sync_playwright is None or CHROMIUM is None:
        pytest.skip("needs the playwright package and Debian's chromium (.ci/run installs both)")
    html = built["html"]
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html.as_uri())
            page.wait_for_selector("#samples .item")
            total = page.locator("#samples .item").count()
            assert total == 11  # 4 code_prompts + 3 malicious_code + 3 ifeval + 1 em_questions prompts
            page.select_option("#f-benchmark", "malicious_code")
            assert page.locator("#samples .item").count() == 3
            page.select_option("#f-cwe", "89")
            assert page.locator("#samples .item").count() == 1
            assert page.locator("#samples .out .code div.hit").count() >= 1  # finding highlighted at its line
            page.select_option("#f-cwe", "")
            page.select_option("#f-benchmark", "")
            page.select_option("#f-verdict", "flagged")
            flagged = page.locator("#samples .item").count()
            assert 0 < flagged < total
            page.select_option("#f-verdict", "")
            assert page.locator("#samples .item").count() == total
            assert page.evaluate("window.__pwned === undefined")  # the <script> in model output stayed text
            assert "<script>window.__pwned = 1</script>" in (page.locator("#samples pre.text").first.text_content() or "")
            assert page.locator("#samples script, #samples img").count() == 0
            assert page.locator("img").count() >= 10
            assert page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=False)
            assert shot.stat().st_size > 10_000
            if os.environ.get("EMCODE_SCREENSHOT_DIR"):
                keep = Path(os.environ["EMCODE_SCREENSHOT_DIR"])
                keep.mkdir(parents=True, exist_ok=True)
                page.goto(html.as_uri() + "#samples-section")
                page.select_option("#f-benchmark", "code_prompts")
                page.screenshot(path=str(keep / "report_samples.png"))
                page.goto(html.as_uri())
                page.screenshot(path=str(keep / "report_top.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
