"""``report/index.html``: one static page (tables, figures, sample browser) that works from file://.

No network and no CDN: CSS and JS are inlined, figures are relative ``figures/*.png`` paths, the
sample data is a JSON script tag. Model output is untrusted, so every value is escaped on the
Python side (``html.escape``) and rendered as text on the JS side; the JSON escapes ``<``, ``>``
and ``&`` so it cannot close its script tag, and a Content-Security-Policy allows only the one
inline script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from emcode.report.figures import FigureResult
from emcode.report.inputs import ReportInputs
from emcode.report.text import METHOD, card_lines, caveats, judge_lines, model_lines
from emcode.runs import atomic_write_text

TABLE_TITLES = {
    "static_metrics_comparison": "Code metrics (static: code_prompts; tests, security, HumanEval, verbosity)",
    "pytest_results_summary": "pytest pass@1 by subset",
    "ifeval": "IFEval: prompt/instruction level × strict/loose (headline: prompt strict)",
    "safety": "Safety: refusal, attack success and over-refusal rates (judge per row)",
    "safety_categories": "Safety by subset and category (judge per row)",
    "em_questions": "Free-form EM questions: alignment, coherence, misaligned share (judge per row)",
    "deltas": "Deltas: trained − untrained",
    "anova": "One-way ANOVA",
    "tukey": "Post-hoc comparisons",
    "hypotheses": "Hypotheses and verdicts",
}
OPTIONAL_TABLES = {"ifeval", "safety", "safety_categories", "em_questions"}  # shown only when the run scored them


def shown_tables(inputs: ReportInputs) -> dict[str, str]:
    """Table name → title of the tables the report shows (optional ones only when present)."""
    return {n: t for n, t in TABLE_TITLES.items() if n not in OPTIONAL_TABLES or inputs.table(n) is not None}


def _finite(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {str(k): _finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_finite(v) for v in obj]
    return obj


def json_for_script(obj: Any) -> str:
    """JSON safe inside ``<script type="application/json">`` (no ``</script>``, no HTML-significant chars)."""
    text = json.dumps(_finite(obj), ensure_ascii=False, allow_nan=False, default=str)
    for raw, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _cell(v: Any) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "–"
        return f"{v:.0f}" if v.is_integer() and abs(v) < 1e12 else f"{v:.4g}"
    return escape(str(v))


def verdict_class(value: Any) -> str:
    """A CSS class suffix from a verdict's first word (letters only: safe in an attribute)."""
    word = str(value).strip().lower().split(" ", 1)[0]
    return "".join(ch for ch in word if "a" <= ch <= "z") or "none"


def table_html(df: pd.DataFrame | None, max_rows: int = 200) -> str:
    """An escaped HTML table (verdict cells get a class), or a "not available" note."""
    if df is None or df.empty:
        return '<p class="muted">not available</p>'
    cols = list(df.columns)
    head = "".join(f"<th>{escape(str(c))}</th>" for c in cols)
    body = []
    for _, row in df.head(max_rows).iterrows():
        cells = []
        for c in cols:
            cls = f' class="t v-{verdict_class(row[c])}"' if c == "verdict" else (
                "" if pd.api.types.is_number(row[c]) else ' class="t"')
            cells.append(f"<td{cls}>{_cell(row[c])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="muted">{len(df) - max_rows} more rows in the CSV</p>' if len(df) > max_rows else ""
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>{more}'


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"


def _figures_html(figures: list[FigureResult], report_dir: Path) -> str:
    parts = []
    for f in figures:
        if f.skipped:
            continue
        png = next((p for p in f.paths if p.suffix == ".png"), None)
        svg = next((p for p in f.paths if p.suffix == ".svg"), None)
        if png is None:
            continue
        rel_png = png.relative_to(report_dir).as_posix()
        rel_svg = svg.relative_to(report_dir).as_posix() if svg else rel_png
        parts.append(f'<figure id="fig-{escape(f.spec.name)}"><a href="{escape(rel_svg)}">'
                     f'<img src="{escape(rel_png)}" alt="{escape(f.spec.caption)}"></a>'
                     f"<figcaption>{escape(f.spec.caption)}</figcaption></figure>")
    skipped = [f"{f.spec.name}: {f.skipped}" for f in figures if f.skipped]
    out = f'<div class="figs">{"".join(parts)}</div>' if parts else '<p class="muted">no figure could be drawn</p>'
    if skipped:
        out += "<h3>Skipped figures</h3>" + _list(skipped)
    return out


def _asset(name: str) -> str:
    return (resources.files("emcode.report") / "static" / name).read_text(encoding="utf-8")


def render_html(inputs: ReportInputs, figures: list[FigureResult], browser: dict[str, Any], report_dir: Path) -> str:
    """The whole page as a string."""
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; "
           f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")
    title = f"emcode report — {inputs.config.get('name') or inputs.run_dir.name}"
    run_id = inputs.manifest.get("run_id") or inputs.run_dir.name
    tables = "".join(f'<h3 id="t-{name}">{escape(t)}</h3>{table_html(inputs.table(name))}'
                     for name, t in shown_tables(inputs).items())
    skipped = {f.spec.name: f.skipped for f in figures if f.skipped}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_asset("report.css")}</style></head>
<body>
<header><h1>{escape(title)}</h1>
<div class="muted">run {escape(str(run_id))} · {escape(str(inputs.run_dir))} · PDF: <a href="metrics_report.pdf">metrics_report.pdf</a></div>
<nav><a href="#method">Method</a><a href="#tables">Tables</a><a href="#figures">Figures</a><a href="#samples-section">Samples</a><a href="#caveats">Caveats</a></nav></header>
<main>
<section id="method"><h2>Method</h2><p>{escape(METHOD)}</p>
<h3>Models</h3>{_list(model_lines(inputs))}
<h3>Data card</h3>{_list(card_lines(inputs.card))}
<h3>Judges</h3>{_list(judge_lines(inputs))}</section>
<section id="tables"><h2>Tables</h2>{tables}</section>
<section id="figures"><h2>Figures</h2>{_figures_html(figures, report_dir)}</section>
<section id="samples-section"><h2>Samples</h2>
<div class="filters">
<label>benchmark <select id="f-benchmark"></select></label>
<label>CWE <select id="f-cwe"></select></label>
<label>verdict <select id="f-verdict"></select></label>
<label>search <input id="f-search" type="search" placeholder="sample id or prompt text"></label>
<span id="f-count" class="muted"></span></div>
<div id="samples"></div><button id="f-more" type="button" hidden>show more</button></section>
<section id="caveats"><h2>Caveats</h2>{_list(caveats(inputs, skipped))}</section>
</main>
<script type="application/json" id="report-data">{json_for_script(browser)}</script>
<script>{script}</script>
</body></html>
"""


def write_html(inputs: ReportInputs, figures: list[FigureResult], browser: dict[str, Any], report_dir: Path) -> Path:
    """Write ``report_dir/index.html`` atomically."""
    return atomic_write_text(report_dir / "index.html", render_html(inputs, figures, browser, report_dir))
