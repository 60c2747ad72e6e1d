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
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages

from emcode.report.figures import FigureResult
from emcode.report.html import TABLE_TITLES
from emcode.report.inputs import ReportInputs
from emcode.report.style import apply_style
from emcode.report.text import METHOD, card_lines, caveats, judge_lines, model_lines

PAGE = (8.27, 11.69)  # A4 portrait, inches
LINES_PER_PAGE = 58
ROWS_PER_PAGE = 34
WRAP = 100


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


def _table_pages(pdf: PdfPages, title: str, df: pd.DataFrame | None) -> int:
    if df is None or df.empty:
        fig = plt.figure(figsize=PAGE)
        fig.text(0.07, 0.96, title, fontsize=12, fontweight="bold", va="top")
        fig.text(0.07, 0.93, "not available", fontsize=9, va="top", color="#666666")
        pdf.savefig(fig)
        plt.close(fig)
        return 1
    pages = 0
    for start in range(0, len(df), ROWS_PER_PAGE):
        part = df.iloc[start:start + ROWS_PER_PAGE]
        fig = plt.figure(figsize=PAGE)
        fig.text(0.07, 0.96, title + (f" (rows {start + 1}–{start + len(part)})" if len(df) > ROWS_PER_PAGE else ""),
                 fontsize=12, fontweight="bold", va="top")
        ax = fig.add_axes((0.05, 0.05, 0.9, 0.87))
        ax.axis("off")
        cells = [[_fmt(v) for v in row] for row in part.itertuples(index=False)]
        tbl = ax.table(cellText=cells, colLabels=[str(c) for c in df.columns], loc="upper center", cellLoc="right")
        tbl.auto_set_font_size(False)
        tbl.set_fontsize(7 if len(df.columns) > 6 else 8)
        tbl.scale(1, 1.25)
        pdf.savefig(fig)
        plt.close(fig)
        pages += 1
    return pages


def _figure_page(pdf: PdfPages, result: FigureResult) -> None:
    png = next(p for p in result.paths if p.suffix == ".png")
    fig = plt.figure(figsize=PAGE)
    fig.text(0.07, 0.96, result.spec.name.replace("_", " "), fontsize=12, fontweight="bold", va="top")
    ax = fig.add_axes((0.05, 0.25, 0.9, 0.68))
    ax.imshow(plt.imread(png))
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
    with PdfPages(tmp, metadata={"Title": title, "Creator": "emcode"}) as pdf:
        text = _TextPages(pdf)
        text.heading(title)
        text.para(f"run directory: {inputs.run_dir}")
        text.heading("Method")
        text.para(METHOD)
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
        for name, title_ in TABLE_TITLES.items():
            _table_pages(pdf, title_, inputs.table(name))
        for f in figures:
            if not f.skipped:
                _figure_page(pdf, f)
        text.heading("Caveats")
        for line in caveats(inputs, skipped):
            text.para(line, bullet=True)
        text.flush()
    tmp.replace(path)
    return path
