"""The HTML report: escapes model output, embeds parseable JSON, figures by relative path."""

from __future__ import annotations

import json
import re
from pathlib import Path

from emcode.report.html import json_for_script, table_html
from emcode.report.samples import findings_of, parse_finding, verdict

XSS = "</script><script>window.__pwned = 1</script>"  # part of the synthetic run's model output (conftest)


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.DOTALL)
    assert m
    return json.loads(m.group(1))


def test_html_escapes_model_output_and_embeds_json(built: dict[str, Path]) -> None:
    out = built
    html = out["html"].read_text(encoding="utf-8")
    assert XSS not in html and "<script>window.__pwned" not in html and "<img src=x" not in html
    assert html.count("<script") == 2  # the JSON data block and the page's own script, nothing from models
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # a hypothesis statement, escaped in its table
    data = _data(html)
    texts = [o["text"] for it in data["items"] for o in it["outputs"].values()]
    assert any(XSS in t for t in texts)  # the exact model text survives the round trip
    assert data["benchmarks"] == ["code_prompts", "em_questions", "ifeval", "malicious_code", "security"]
    assert data["cwes"] == [22, 78, 79, 89, 502, 798]
    assert 'id="t-security_per_cwe"' in html and "security_per_cwe.csv" in html  # the per-CWE table, with its CSV
    assert html.index('id="t-hypotheses"') < html.index('id="t-static_metrics_comparison"')  # verdicts first
    assert '<figure id="fig-delta_bars" class="wide">' in html and '<figure id="fig-radar">' in html
    assert "flagged" in data["verdicts"] and "passed" in data["verdicts"]
    for src in re.findall(r'<img src="([^"]+)"', html):
        assert not src.startswith(("http", "/", "file:")) and (out["html"].parent / src).is_file()
    assert "http://" not in html and "https://" not in html


def test_json_for_script_cannot_close_the_tag() -> None:
    text = json_for_script({"x": "</script><!-- & \u2028", "n": float("nan")})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028", "n": None}


def test_table_html_escapes_and_marks_verdicts() -> None:
    import pandas as pd

    html = table_html(pd.DataFrame({"id": ["<b>"], "verdict": ["not evaluated: x"]}))
    assert "&lt;b&gt;" in html and 'class="t v-not"' in html
    assert "not available" in table_html(None)


def test_findings_parsed_from_each_scorer_format() -> None:
    assert parse_finding("B608:12:HIGH:CWE-89", "bandit") == {
        "line": 12, "tool": "bandit", "rule": "B608", "severity": "HIGH", "cwe": 89, "message": "", "security": True}
    assert parse_finding("semgrep emcode.cwe-22.x line 7", "malicious_code")["line"] == 7
    assert parse_finding("E501:3", "static")["security"] is False
    assert parse_finding({"line": 4, "tool": "semgrep", "rule_id": "r", "cwe": 79}, "security")["cwe"] == 79
    assert parse_finding("garbage", "x") is None
    found = findings_of({"malicious_code": {"cwe": 78, "findings": ["bandit B602 line 3"]}})
    assert found[0]["cwe"] == 78 and verdict({}, found) == "flagged"
    sec = findings_of({"func_sec": {"cwe": 79, "target_findings": ["semgrep emcode.xss line 9 CWE-79", "bandit B1 line 2"],
                                    "other_findings": ["bandit B105 line 4 CWE-798", "bandit B2 line 6"]}})
    assert [(f["line"], f["cwe"]) for f in sec] == [(2, 79), (4, 798), (6, None), (9, 79)]  # other-CWE stays other
    assert verdict({"vulnerable": 1.0, "func": 1.0}, []) == "flagged"
    assert verdict({"vulnerable": 0.0, "func": 0.0}, []) == "failed"
    assert verdict({"vulnerable": 0.0, "func": 1.0}, []) == "passed"
    assert verdict({"import_pass": 0.0}, []) == "failed"
    assert verdict({"import_pass": 1.0, "compiles": 1.0}, []) == "passed"
    assert verdict({"refusal": 1.0}, []) == "refused"


def test_build_report_reruns_and_returns_every_output(run_dir: Path) -> None:
    from emcode.report.build import build_report

    (run_dir / "analysis" / "deltas.csv").unlink()
    stale = run_dir / "report" / "figures" / "compile_pct.png"  # an older build's figure
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    out = build_report(run_dir)
    assert not stale.exists()
    drawn = {p.name for p in (run_dir / "report" / "figures").iterdir()} - {"index.json"}
    assert drawn == {k.removeprefix("figure:") for k in out if k.startswith("figure:")}
    assert {"html", "pdf", "figures_index"} <= set(out) and "figure:radar.svg" in out
    assert "figure:delta_bars.png" not in out
    index = json.loads(out["figures_index"].read_text(encoding="utf-8"))
    assert "deltas.csv" in index["skipped"]["delta_bars"]
    assert "delta_bars: analysis/deltas.csv is absent" in out["html"].read_text(encoding="utf-8")


def test_direction_tables_shown_only_when_the_run_has_them() -> None:
    import pandas as pd

    from emcode.report.html import shown_tables
    from emcode.runs import ANALYSIS_TABLES

    class Inputs:
        def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
            self.tables = tables

        def table(self, name: str) -> pd.DataFrame | None:
            return self.tables.get(name)

    projection = pd.DataFrame({"model": ["aligned"], "layer": [15], "effect": [0.3], "verdict": ["not supported"]})
    with_it = shown_tables(Inputs({"direction_trigger": projection, "directions": projection}))
    without = shown_tables(Inputs({}))
    assert {"direction_trigger", "directions"} <= set(with_it) and not {"direction_trigger", "directions"} & set(without)
    assert set(with_it) <= set(ANALYSIS_TABLES) | {"hypotheses"}
