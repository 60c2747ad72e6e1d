"""The report's prose, shared by the PDF and the HTML page: method, models, data card, judges, caveats."""

from __future__ import annotations

from typing import Any

from emcode.analysis.conditions import condition_of, seed_of
from emcode.report.inputs import ReportInputs
from emcode.runs import RunDir

METHOD = (
    "Each evaluated model (the untrained base model, LoRA adapters trained on narrow code data, and their "
    "intermediate checkpoints) answers the same benchmark prompts. Answers are scored by real tools: ast compile, "
    "ruff, radon, Bandit and emcode's Semgrep rules, behaviour/import tests run in a sandbox, IFEval checkers, and "
    "judges for free-form answers. Aggregates pool files the way the tools do (ruff per KLOC = Σ findings / Σ lines "
    "× 1000). Conditions are compared with the untrained model as trained − untrained, with confidence intervals, "
    "one-way ANOVA, post-hoc tests and explicit hypothesis checks where the analysis stage wrote them: exact tests "
    "for two rates, seed-level t-tests with several seeds, Holm-adjusted, each verdict with the smallest effect "
    "the design could detect (docs/statistics.md)."
)


def method_text() -> str:
    """The method paragraph plus the detectors' recorded hold-out numbers."""
    from emcode.holdout.measured import method_sentence

    return f"{METHOD} {method_sentence()}"


def model_lines(inputs: ReportInputs) -> list[str]:
    """One line per evaluated model with what it is (base, adapter, checkpoint)."""
    adapters = {str(a.get("name")): a for a in (inputs.config.get("adapters") or []) if isinstance(a, dict)}
    base = inputs.config.get("base_model", "?")
    out = []
    for m in inputs.models:
        root, epoch = RunDir.split_checkpoint(m)
        ckpt = "" if epoch is None else f"epoch-{epoch}"
        spec = adapters.get(root) or adapters.get(condition_of(root))
        seed = seed_of(root) if root not in adapters else None
        if m == "base":
            out.append(f"base: the untrained model {base}")
        elif spec:
            what = f"LoRA on '{spec.get('data')}'" + (f", continued from '{spec['init_from']}'" if spec.get("init_from") else "")
            extra = ", ".join(x for x in (f"seed {seed}" if seed is not None else "", ckpt) if x)
            out.append(f"{m}: {what}" + (f" ({extra})" if extra else ""))
        else:
            out.append(f"{m}" + (f": checkpoint {ckpt} of {root}" if ckpt else ""))
    return out


def card_lines(card: dict[str, Any] | None) -> list[str]:
    """The data card's headline facts (or why there is none)."""
    if not card:
        return ["not available: no data/card.json in this run (data given as files, or not built by emcode)"]
    keys = ("seed", "per_scenario", "triples_generated", "triples_verified", "heldout_generated", "heldout_verified",
            "tokenizer", "meets_targets")
    out = [f"{k}: {card[k]}" for k in keys if k in card]
    files = card.get("files") or {}
    if files:
        out.append("files: " + ", ".join(f"{k} ({v} rows)" for k, v in files.items()))
    return out


def judge_lines(inputs: ReportInputs) -> list[str]:
    """Which judge produced each judged number (benchmark/scorer → judge names)."""
    judges = inputs.judges()
    if not judges:
        return ["no judged numbers in this run (no score row names a judge)"]
    return [f"{key}: {', '.join(names)}" for key, names in judges.items()]


def caveats(inputs: ReportInputs, skipped: dict[str, str]) -> list[str]:
    """Limits a reader must keep in mind, including what is missing from this run."""
    out = [
        ("Static analyzers miss weaknesses and raise false alarms; a finding is evidence, not proof. Bandit's own "
         "CWE tags are replaced by emcode's map (e.g. eval → CWE-95)."),
        "Import-only pytest pass@1 says the module loads, not that it is correct; behaviour tests say more.",
        ("With the heuristic judge, refusal is decided by documented rules, not a model: a refusal cue (decline, "
         "persona refusal, redirect, deflection, lecture) near the start counts unless the answer goes on to do what "
         "was asked, and an answer sharing no word or concept with the request is off-topic; attack success is an "
         "upper bound."),
        "Small samples give wide intervals: read deltas with their CIs, and hypothesis verdicts with their p-values.",
    ]
    if inputs.table("deltas") is None:
        out.append("No deltas.csv: conditions were not compared with the untrained model in this run.")
    if inputs.table("hypotheses") is None:
        out.append("No hypotheses.csv: hypothesis verdicts are not available for this run.")
    out += [f"Figure '{name}' skipped: {why}." for name, why in skipped.items()]
    return out
