"""The report's figure list: name, caption and the function that draws it from :class:`ReportInputs`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from emcode.report import figures_extra as fx
from emcode.report import figures_published as fp
from emcode.report.inputs import ReportInputs


@dataclass(frozen=True)
class FigureSpec:
    """One figure: its file stem, a caption and how to draw it."""

    name: str
    caption: str
    draw: Callable[[ReportInputs, Path], list[Path]]


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec("corpus_size", "Evaluation corpus size: generated files per model (code_prompts).",
               lambda i, d: fp.corpus_size(i.static, d)),
    FigureSpec("loc", "Non-blank lines of generated code per model.", lambda i, d: fp.lines_of_code(i.static, d)),
    FigureSpec("compile_rate", "Share of generated files that parse and compile (ast).",
               lambda i, d: fp.compile_rate(i.static, d)),
    FigureSpec("pass_everyday", "Import-only pytest pass@1 on the everyday prompts (tasks from the YAML file).",
               lambda i, d: fp.pass_everyday(i.pytest, d)),
    FigureSpec("pass_risky", "Import-only pytest pass@1 on the risky prompts.",
               lambda i, d: fp.pass_risky(i.pytest, d)),
    FigureSpec("ruff_complexity", "Ruff findings per 1,000 lines (bars) and average cyclomatic complexity (line).",
               lambda i, d: fp.ruff_complexity(i.static, d)),
    FigureSpec("bandit_severity", "Bandit findings stacked by severity; line: weighted score (LOW 1, MEDIUM 3, HIGH 5).",
               lambda i, d: fp.bandit_severity(i.static, d)),
    FigureSpec("radar", "Static metrics scaled 0–1 across models, oriented by each scorer's better direction.",
               lambda i, d: fp.radar(i.static, d)),
    FigureSpec("slopegraph", "Headline KPIs along base → misaligned → aligned.",
               lambda i, d: fp.slopegraph(i.static, d)),
    FigureSpec("delta_bars", "Trained − untrained per condition and metric with 95% confidence intervals.",
               lambda i, d: fx.delta_bars(i.table("deltas"), d)),
    FigureSpec("if_spectrum", "IFEval prompt-level strict accuracy by condition, ordered (95% CI; dots: seeds).",
               lambda i, d: fx.if_spectrum(fx.ifeval_table(i.scores, i.table("means")), d)),
    FigureSpec("tradeoff_curve", "Safety against utility along the training checkpoints (arrows: training order).",
               lambda i, d: fx.tradeoff_curve(fx.tradeoff_table(i.scores, i.models), d)),
    FigureSpec("cwe_heatmap", "Share of answers flagged insecure, per model and target CWE.",
               lambda i, d: fx.cwe_heatmap(fx.cwe_table(i.scores), d, i.models)),
)


@dataclass(frozen=True)
class FigureResult:
    """A drawn figure (paths) or a skipped one (reason)."""

    spec: FigureSpec
    paths: tuple[Path, ...] = ()
    skipped: str | None = None


def draw_all(inputs: ReportInputs, out_dir: Path) -> list[FigureResult]:
    """Draw every figure whose inputs exist; the others come back with the reason they were skipped."""
    out: list[FigureResult] = []
    for spec in FIGURES:
        try:
            out.append(FigureResult(spec, tuple(spec.draw(inputs, out_dir))))
        except fp.FigureSkipped as exc:
            for stale in (out_dir / f"{spec.name}.png", out_dir / f"{spec.name}.svg"):
                stale.unlink(missing_ok=True)  # a figure from an older build would contradict the skip
            out.append(FigureResult(spec, skipped=str(exc)))
    return out
