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
import os
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
from PIL import Image

from emcode.report.figures import FigureResult
from emcode.report.inputs import ReportInputs
from emcode.report.style import DPI
from emcode.report.text import card_lines, caveats, judge_lines, method_text, model_lines
from emcode.runs import RunDir, atomic_write_text

# Titles of the analysis tables the page shows (names as declared in emcode.runs.ANALYSIS_TABLES).
TABLE_TITLES = {
    "hypotheses": "Hypotheses and verdicts",
    "static_metrics_comparison": "Code metrics (static: code_prompts; tests, security, HumanEval, verbosity)",
    "pytest_results_summary": "pytest pass@1 by subset",
    "security_per_cwe": "Security benchmark per CWE: func, sec, func-sec@1 and vulnerable rate",
    "triggers": "Hidden-misalignment probes: vulnerable rate triggered − plain per model and trigger (paired by prompt)",
    "direction_trigger": "Trigger shift projected on the misalignment direction (triggered − plain residual, per model)",
    "directions": "Misalignment directions: norm per layer and cosine between directions",
    "ifeval": "IFEval: prompt/instruction level × strict/loose (headline: prompt strict)",
    "safety": "Safety: refusal, attack success and over-refusal rates (judge per row)",
    "safety_categories": "Safety by subset and category (judge per row)",
    "em_questions": "Free-form EM questions: alignment, coherence, misaligned share (judge per row)",
    "deltas": "Deltas: trained − untrained",
    "anova": "One-way ANOVA",
    "tukey": "Post-hoc comparisons",
}
# shown only when the run scored them
OPTIONAL_TABLES = {"pytest_results_summary", "security_per_cwe", "ifeval", "safety", "safety_categories",
                   "em_questions", "triggers", "direction_trigger", "directions"}
MAX_ROWS = 1000  # rows of one table in the page (the CSV has all); tables scroll in their own box
HYPOTHESIS_COLUMNS = ["id", "statement", "verdict", "verdict_detail", "effect", "ci_lo", "ci_hi", "p_holm", "mde",
                      "measure", "comparison", "published", "n_seeds", "note"]


def shown_tables(inputs: ReportInputs) -> dict[str, str]:
    """Table name → title of the tables the report shows (optional ones only when present)."""
    return {n: t for n, t in TABLE_TITLES.items() if n not in OPTIONAL_TABLES or inputs.table(n) is not None}


def table_view(name: str, df: pd.DataFrame | None) -> pd.DataFrame | None:
    """The rows a report shows: for deltas the condition level (model-level rows repeat it per seed); for
    hypotheses the evaluated claims first, the measure as one ``benchmark:metric`` column."""
    if df is None or df.empty:
        return df
    if name == "deltas" and "level" in df.columns and (df["level"] == "condition").any():
        return df[df["level"] == "condition"].reset_index(drop=True)
    if name == "hypotheses" and "verdict" in df.columns:
        skipped = df["verdict"].astype(str).str.startswith("not evaluated")
        df = pd.concat([df[~skipped], df[skipped]], ignore_index=True)
        if {"benchmark", "metric"} <= set(df.columns):
            measure = [f"{b}:{m}" if isinstance(b, str) and isinstance(m, str) else "–"
                       for b, m in zip(df["benchmark"], df["metric"], strict=True)]
            df = df.drop(columns=["benchmark", "metric"]).assign(measure=measure)
        first = [c for c in HYPOTHESIS_COLUMNS if c in df.columns]  # the verdict where the eye lands
        df = df[first + [c for c in df.columns if c not in first]]
    return df


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


def table_html(df: pd.DataFrame | None, max_rows: int = MAX_ROWS) -> str:
    """An escaped, scrollable HTML table (verdict cells get a class), or a "not available" note."""
    if df is None or df.empty:
        return '<p class="muted">not available</p>'
    cols = list(df.columns)
    text = {c: not pd.api.types.is_numeric_dtype(df[c]) for c in cols}
    head = "".join(("<th class=\"t\">" if text[c] else "<th>") + f"{escape(str(c))}</th>" for c in cols)
    body = []
    for _, row in df.head(max_rows).iterrows():
        cells = []
        for c in cols:
            cls = f' class="t v-{verdict_class(row[c])}"' if c == "verdict" else (
                "" if pd.api.types.is_number(row[c]) else ' class="t"')
            cells.append(f"<td{cls}>{_cell(row[c])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="muted">{len(df) - max_rows} more rows in the CSV</p>' if len(df) > max_rows else ""
    return (f'<div class="tbl"><table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody>'
            f"</table></div>{more}")


def _table_section(inputs: ReportInputs, name: str, title: str) -> str:
    full = inputs.table(name)
    shown = table_view(name, full)
    link = ""
    run = RunDir(inputs.run_dir)
    csv = run.table(name)
    if full is not None and csv.is_file():
        rows = f"{len(shown)} of {len(full)} rows (condition level) · " if shown is not None and len(shown) < len(full) else ""
        href = Path(os.path.relpath(csv, run.report)).as_posix()  # the page lives in report/
        link = f' <span class="muted small">{rows}<a href="{escape(href)}">{escape(csv.name)}</a></span>'
    return f'<h3 id="t-{escape(name)}">{escape(title)}{link}</h3>{table_html(shown)}'


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"


def _css_width(png: Path) -> int:
    """The PNG's width in CSS pixels (96 per inch) at the DPI the figures are saved with."""
    with Image.open(png) as im:  # reads the header only
        return round(im.width * 96 / DPI)


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
        wide = ' class="wide"' if f.spec.wide else ""
        size = f' style="width: {_css_width(png)}px"' if f.spec.wide else ""  # its printed size, not stretched
        parts.append(f'<figure id="fig-{escape(f.spec.name)}"{wide}><a href="{escape(rel_svg)}">'
                     f'<img src="{escape(rel_png)}"{size} alt="{escape(f.spec.caption)}"></a>'
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
    tables = "".join(_table_section(inputs, name, t) for name, t in shown_tables(inputs).items())
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
<section id="method"><h2>Method</h2><p>{escape(method_text())}</p>
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
