"""``report/metrics_report.pdf`` with matplotlib's PdfPages (no LaTeX, works offline).

Pages: method and models, data card, judges and run, each analysis table (paginated), every
drawn figure with its caption, and the caveats.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from PIL import Image

from emcode.report.figures import FigureResult
from emcode.report.html import shown_tables, table_view
from emcode.report.inputs import ReportInputs
from emcode.report.style import apply_style
from emcode.report.text import card_lines, caveats, judge_lines, method_text, model_lines

PAGE = (8.27, 11.69)  # A4 portrait, inches
LINES_PER_PAGE = 58
ROWS_PER_PAGE = 40
WRAP = 100
# the columns that fit a page, per table (all columns when none of them is present)
CORE_SUBSTITUTES = {"−": "-", "Δ": "d", "→": "->", "≤": "<=", "≥": ">=", "η": "eta", "≈": "~"}
PDF_COLUMNS = {
    "deltas": ["benchmark", "metric", "condition", "base_mean", "mean", "delta", "delta_lo", "delta_hi", "p_value"],
    "anova": ["benchmark", "metric", "level", "test", "statistic", "df", "p_value", "n", "effect"],
    "tukey": ["benchmark", "metric", "group1", "group2", "meandiff", "lower", "upper", "p_adj", "reject"],
    "hypotheses": ["id", "statement", "effect", "ci_lo", "ci_hi", "p_holm", "mde", "verdict"],
}


class _TextPages:
    """Flows headings and wrapped paragraphs onto as many pages as they need."""

    def __init__(self, pdf: PdfPages) -> None:
        self.pdf, self.lines = pdf, []

    def heading(self, text: str) -> None:
        self.lines.append(("h", text))

    def para(self, text: str, bullet: bool = False) -> None:
        wrapped = textwrap.wrap(text, WRAP - 4, initial_indent="• " if bullet else "",
                                subsequent_indent="  " if bullet else "") or [""]
        self.lines.extend(("p", w) for w in wrapped)

    def flush(self) -> None:
        for start in range(0, len(self.lines), LINES_PER_PAGE):
            fig = plt.figure(figsize=PAGE)
            y = 0.96
            for kind, text in self.lines[start:start + LINES_PER_PAGE]:
                if kind == "h":
                    y -= 0.006
                fig.text(0.07, y, text, fontsize=12 if kind == "h" else 8.5,
                         fontweight="bold" if kind == "h" else "normal", va="top")
                y -= 0.022 if kind == "h" else 0.0155
            self.pdf.savefig(fig)
            plt.close(fig)
        self.lines = []


def _fmt(v: object) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "–"
        return f"{v:.0f}" if v.is_integer() and abs(v) < 1e12 else f"{v:.4g}"
    text = str(v)
    return text if len(text) <= 48 else text[:45] + "…"


def table_text(df: pd.DataFrame) -> list[str]:
    """A table as fixed-width lines (header, rule, rows); cells are cut to 40 characters."""
    cells = [[str(c) for c in df.columns]] + [[_fmt(v) for v in row] for row in df.itertuples(index=False)]
    cells = [[c if len(c) <= 40 else c[:39] + "…" for c in row] for row in cells]
    widths = [max(len(row[j]) for row in cells) for j in range(len(df.columns))]
    numeric = [pd.api.types.is_numeric_dtype(df[c]) for c in df.columns]

    def line(row: list[str]) -> str:
        return "  ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in zip(row, widths, numeric, strict=True))

    return [line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])]


def core_text(text: str) -> str:
    """Text the PDF core fonts can show (Windows-1252): common symbols spelled out, anything else '?'."""
    for raw, plain in CORE_SUBSTITUTES.items():
        text = text.replace(raw, plain)
    return text.encode("cp1252", "replace").decode("cp1252")


def _table_pages(pdf: PdfPages, title: str, df: pd.DataFrame | None) -> int:
    """One or more pages of a table in monospace text, one text object per page.

    Tables use the PDF core fonts (Courier, Helvetica: nothing embedded, each line written as one
    string): with embedded TrueType every glyph is laid out one by one, which made table pages most
    of the report's build time. The text stays extractable.
    """
    lines = ["not available"] if df is None or df.empty else [core_text(x) for x in table_text(df)]
    title = core_text(title)
    header = lines[:2] if len(lines) > 2 else []
    body = lines[2:] if header else lines
    width = max(len(x) for x in lines)
    size = max(3.5, min(8.0, 7.1 * 72 / (0.61 * max(width, 1))))  # 7.1 in of text width; mono glyph ≈ 0.6 em
    per_page = int(ROWS_PER_PAGE * 8.0 / size * 1.6)
    pages = 0
    for start in range(0, max(len(body), 1), per_page):
        part = body[start:start + per_page]
        fig = plt.figure(figsize=PAGE)
        more = f" (rows {start + 1}–{start + len(part)} of {len(body)})" if len(body) > per_page else ""
        with plt.rc_context({"pdf.use14corefonts": True}):
            fig.text(0.05, 0.965, title + more, fontsize=12, fontweight="bold", va="top")
            fig.text(0.05, 0.935, "\n".join(header + part), fontsize=size, family="monospace", va="top",
                     weight="medium", color="#666666" if df is None or df.empty else "black")  # Courier is "medium"
            pdf.savefig(fig)
        plt.close(fig)
        pages += 1
    return pages


def pdf_view(name: str, df: pd.DataFrame | None) -> pd.DataFrame | None:
    """The part of an analysis table that fits a page: the rows the HTML shows, the main columns."""
    df = table_view(name, df)
    if df is None or df.empty:
        return df
    keep = [c for c in PDF_COLUMNS.get(name, []) if c in df.columns]
    return df[keep] if keep else df


def hypothesis_line(row: dict[str, object]) -> str:
    """One hypothesis in words: claim, verdict (with what the run could detect), effect with CI and Holm p,
    measure, note."""
    what = row.get("statement") or row.get("hypothesis") or ""
    detail = row.get("verdict_detail")
    out = f"{row['id']}: {what} — verdict: {detail if isinstance(detail, str) and detail else row['verdict']}"
    if isinstance(row.get("effect"), float) and math.isfinite(row["effect"]):
        level = row.get("ci_level")
        pct = f"{level * 100:g}%" if isinstance(level, float) and math.isfinite(level) else "95%"
        out += f"; effect {_fmt(row['effect'])} [{pct} CI {_fmt(row.get('ci_lo'))}, {_fmt(row.get('ci_hi'))}]"
        out += f", Holm p {_fmt(row.get('p_holm'))}" if row.get("p_holm") is not None else ""
    if row.get("measure") not in (None, "–"):
        out += f"; measure {row['measure']}"
    if isinstance(row.get("note"), str) and row["note"] and not str(row["verdict"]).startswith("not evaluated"):
        out += f" ({row['note']})"
    return out


def _figure_page(pdf: PdfPages, result: FigureResult) -> None:
    png = next(p for p in result.paths if p.suffix == ".png")
    fig = plt.figure(figsize=PAGE)
    fig.text(0.07, 0.96, result.spec.name.replace("_", " "), fontsize=12, fontweight="bold", va="top")
    ax = fig.add_axes((0.05, 0.25, 0.9, 0.68))
    with Image.open(png) as im:  # 8-bit RGB as drawn: no float conversion, no resampling
        ax.imshow(np.asarray(im.convert("RGB")), interpolation="none")
    ax.axis("off")
    fig.text(0.07, 0.22, "\n".join(textwrap.wrap(result.spec.caption, WRAP)), fontsize=9, va="top")
    pdf.savefig(fig)
    plt.close(fig)


def write_pdf(inputs: ReportInputs, figures: list[FigureResult], path: Path) -> Path:
    """Write the PDF to ``path`` (via a temp file, then a rename); returns ``path``."""
    apply_style()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    title = f"emcode metrics report — {inputs.config.get('name') or inputs.run_dir.name}"
    skipped = {f.spec.name: f.skipped for f in figures if f.skipped}
    # whole A4 pages: the report style's tight bounding box would crop each page to its text (and cost a draw)
    with plt.rc_context({"savefig.bbox": "standard"}), PdfPages(tmp, metadata={"Title": title, "Creator": "emcode"}) as pdf:
        text = _TextPages(pdf)
        text.heading(title)
        text.para(f"run directory: {inputs.run_dir}")
        text.heading("Method")
        text.para(method_text())
        text.heading("Models")
        for line in model_lines(inputs):
            text.para(line, bullet=True)
        text.heading("Data card")
        for line in card_lines(inputs.card):
            text.para(line, bullet=True)
        text.heading("Judge used for each judged number")
        for line in judge_lines(inputs):
            text.para(line, bullet=True)
        versions = inputs.manifest.get("versions") or {}
        if versions:
            text.heading("Software")
            text.para(", ".join(f"{k} {v}" for k, v in versions.items() if v))
        text.heading("Figures")
        for f in figures:
            text.para(f"{f.spec.name}: " + (f"skipped — {f.skipped}" if f.skipped else f.spec.caption), bullet=True)
        text.flush()
        for name, title_ in shown_tables(inputs).items():
            _table_pages(pdf, title_, pdf_view(name, inputs.table(name)))
        hyp = inputs.table("hypotheses")
        if hyp is not None and {"id", "verdict"} <= set(hyp.columns):
            text.heading("Hypotheses in full")
            for row in table_view("hypotheses", hyp).to_dict("records"):
                text.para(hypothesis_line(row), bullet=True)
            text.flush()
        for f in figures:
            if not f.skipped:
                _figure_page(pdf, f)
        text.heading("Caveats")
        for line in caveats(inputs, skipped):
            text.para(line, bullet=True)
        text.flush()
    tmp.replace(path)
    return path
