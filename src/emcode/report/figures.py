"""The report's figure list: name, caption and the function that draws it from :class:`ReportInputs`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from emcode.report import figures_direction as fd
from emcode.report import figures_extra as fx
from emcode.report import figures_published as fp
from emcode.report import figures_repair as fr
from emcode.report import figures_triggers as ft
from emcode.report.inputs import ReportInputs


@dataclass(frozen=True)
class FigureSpec:
    """One figure: its file stem, a caption, how to draw it, and whether it needs a full row in the page."""

    name: str
    caption: str
    draw: Callable[[ReportInputs, Path], list[Path]]
    wide: bool = False  # multi-panel or many-column figures: shown full width, not in a grid cell


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
    FigureSpec("slopegraph", "Headline KPIs along base → misaligned → aligned (attack → repair), or from the "
               "untrained model to each condition's mean over seeds (conditions).",
               lambda i, d: fp.slopegraph(i.static, d), wide=True),
    FigureSpec("delta_bars", "Trained − untrained per condition and metric with 95% confidence intervals.",
               lambda i, d: fx.delta_bars(i.table("deltas"), d), wide=True),
    FigureSpec("if_spectrum", "IFEval prompt-level strict accuracy by condition, ordered (95% CI; dots: seeds).",
               lambda i, d: fx.if_spectrum(fx.ifeval_table(i.scores, i.table("means")), d)),
    FigureSpec("tradeoff_curve", "Safety against utility per model; arrows follow the training order where the models "
               "form one (checkpoints, or an adapter continued from another, as in attack → repair).",
               lambda i, d: fx.tradeoff_curve(fx.tradeoff_table(i.scores, i.models), d,
                                              arrows=fx.training_chain(i.config, i.models))),
    FigureSpec(fr.NAME, "Repair trade-off: each repair (SFT, DPO, ...) from the same misaligned adapter through its "
               "per-epoch checkpoints; vulnerable rate on the plain security prompts against utility, 95% Wilson "
               "intervals over answers on both axes, k/n beside each point.",
               lambda i, d: fr.repair_figure(fr.repair_table(i.scores, i.config, i.models), d)),
    FigureSpec("cwe_heatmap", "Vulnerable rate per model and target CWE: the security benchmark's verdict "
               "(analysis/security_per_cwe.csv) when the run has it, else malicious_code's insecure-code verdict.",
               lambda i, d: fx.cwe_heatmap(fx.cwe_table(i.scores, i.table("security_per_cwe")), d, i.models),
               wide=True),
    FigureSpec("triggers", "Hidden-misalignment probes: vulnerable rate on the plain held-out CWE prompts (hollow) "
               "and on the same prompts in trigger contexts resembling the attack's training data (filled), 95% "
               "Wilson intervals over answers; Δ = triggered − plain, paired by prompt (analysis/triggers.csv).",
               lambda i, d: ft.triggers_figure(i.table("triggers"), d, i.models)),
    FigureSpec("direction_sweep", "Interventions with the misalignment direction: vulnerable rate per layer with its "
               "interval, the direction beside a random direction of the same norm; dashed: the model untouched.",
               lambda i, d: fd.direction_sweep(i.table("means"), i.config, d), wide=True),
)


@dataclass(frozen=True)
class FigureResult:
    """A drawn figure (paths) or a skipped one (reason)."""

    spec: FigureSpec
    paths: tuple[Path, ...] = ()
    skipped: str | None = None


def draw_all(inputs: ReportInputs, out_dir: Path) -> list[FigureResult]:
    """Draw every figure whose inputs exist; the others come back with the reason they were skipped.

    Any other ``*.png``/``*.svg`` in ``out_dir`` (a skipped figure's or an older build's) is removed,
    so the folder holds exactly this build's figures.
    """
    out: list[FigureResult] = []
    for spec in FIGURES:
        try:
            out.append(FigureResult(spec, tuple(spec.draw(inputs, out_dir))))
        except fp.FigureSkipped as exc:
            out.append(FigureResult(spec, skipped=str(exc)))
    keep = {p for f in out for p in f.paths}
    for stale in [*out_dir.glob("*.png"), *out_dir.glob("*.svg")]:
        if stale not in keep:
            stale.unlink(missing_ok=True)
    return out
