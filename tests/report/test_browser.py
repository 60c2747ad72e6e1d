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
        why = "needs the playwright package and Debian's chromium (`make browser` installs chromium)"
        if os.environ.get("EMCODE_REQUIRE_BROWSER") == "1":  # set by `make test`: the full suite never skips it
            pytest.fail(f"browser test required (EMCODE_REQUIRE_BROWSER=1) but it {why}")
        pytest.skip(why)
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
            items = page.locator("#samples .item")
            total = items.count()
            assert total == 13  # 4 code_prompts + 3 malicious_code + 2 security + 3 ifeval + 1 em_questions prompts
            assert page.locator("#f-count").text_content() == "13 of 13 prompts"
            page.select_option("#f-benchmark", "malicious_code")
            assert items.count() == 3
            page.select_option("#f-cwe", "89")
            assert items.count() == 1
            assert page.locator("#samples .out .code div.hit").count() >= 1  # finding highlighted at its line
            # the security benchmark: a CWE that only its findings name, highlighted at the finding's line
            page.select_option("#f-benchmark", "security")
            assert items.count() == 0  # CWE-89 is not a security task here: the filters combine
            page.select_option("#f-cwe", "79")
            assert items.count() == 1 and "security/cwe79-0" in (items.first.locator("h3").text_content() or "")
            outs = items.first.locator(".out")
            assert outs.count() == 4  # every model side by side
            bad = items.first.locator('.out[data-model="misaligned"]')
            assert bad.get_attribute("data-verdict") == "flagged"
            assert bad.locator(".code div.hit .ln").all_text_contents() == ["1", "5"]  # other-CWE and target lines
            assert "security_test: failed" in (bad.text_content() or "")
            assert "vulnerable=1" in (bad.text_content() or "")
            assert items.first.locator('.out[data-model="base"]').get_attribute("data-verdict") == "passed"
            page.select_option("#f-cwe", "")
            page.select_option("#f-benchmark", "")
            page.select_option("#f-verdict", "flagged")
            flagged = items.count()
            assert 0 < flagged < total
            assert page.evaluate("""Array.from(document.querySelectorAll('#samples .item')).every(
                it => it.querySelector('.out[data-verdict="flagged"]'))""")
            page.select_option("#f-verdict", "passed")
            page.select_option("#f-cwe", "22")
            assert items.count() == 1  # the CWE-22 security task, answered cleanly by every model
            page.select_option("#f-verdict", "flagged")
            assert items.count() == 0
            page.select_option("#f-cwe", "")
            page.select_option("#f-verdict", "")
            assert items.count() == total
            figure = page.locator("#fig-delta_bars")
            assert "wide" in (figure.get_attribute("class") or "")
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no page-wide overflow
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
                page.select_option("#f-benchmark", "security")
                page.screenshot(path=str(keep / "report_samples.png"))
                page.goto(html.as_uri())
                page.screenshot(path=str(keep / "report_top.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
