"""``build_report``: figures, PDF and HTML of a run, rebuilt from its analysis/score/generation files alone."""

from __future__ import annotations

from pathlib import Path

from emcode.report.figures import draw_all
from emcode.report.html import write_html
from emcode.report.inputs import load_inputs
from emcode.report.pdf import write_pdf
from emcode.report.samples import browser_data
from emcode.runs import RunDir, atomic_write_json


def build_report(run_dir: str | Path) -> dict[str, Path]:
    """Rebuild ``report/figures/*``, ``report/metrics_report.pdf`` and ``report/index.html``.

    Returns ``{"html", "pdf", "figures_index", "figure:<name>.png", "figure:<name>.svg", ...}``;
    ``report/figures/index.json`` lists every figure drawn and every one skipped with its reason.
    """
    run = RunDir(run_dir)
    inputs = load_inputs(run.root)
    figures = draw_all(inputs, run.figures)
    index = atomic_write_json(run.figures / "index.json", {
        "drawn": {f.spec.name: [p.name for p in f.paths] for f in figures if not f.skipped},
        "skipped": {f.spec.name: f.skipped for f in figures if f.skipped},
    })
    out: dict[str, Path] = {"figures_index": index}
    for f in figures:
        out.update({f"figure:{p.name}": p for p in f.paths})
    out["pdf"] = write_pdf(inputs, figures, run.report_pdf)
    out["html"] = write_html(inputs, figures, browser_data(run.root, inputs.models, inputs.scores), run.report)
    return out
