"""``emcode plan CONFIG``: before a run, what each hypothesis could detect and how long the run takes here.

Per claim the config can evaluate (its conditions are evaluated models and one of its metrics'
benchmarks is configured): answers per model, seeds, the base rate assumed, and the minimal
detectable effect at 80% power (:func:`emcode.analysis.power.design_mde`, two-sided level α/m:
the config's ``analysis.alpha`` over the m evaluable claims, Holm's first threshold). Base rates
come from an earlier run's ``analysis/means.csv`` (``--from RUN_DIR``, which also gives the
seed-to-seed SD) or from :data:`DEFAULT_RATES`.

Wall time = data + training + generation + a fixed remainder, from speeds measured on this machine
(docs/performance.md, 2 cores, SmolLM2-135M; override them for other hardware):
:data:`TRAIN_TOKENS_PER_S` useful training tokens/s for an SFT row, a row of another method
weighted by its measured :data:`METHOD_ROW_COST` (a DPO pair ≈ 2 SFT rows), and
:data:`GEN_TOKENS_PER_S` generated tokens/s (bf16, batch 48, quiet), every answer taken at its
``max_new_tokens`` cap (an upper bound on tokens). The generation speed is a quiet-machine number: under
load (other jobs on the 2 cores) a run takes several times longer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from emcode.analysis.claims import HYPOTHESES, Hypothesis, Measure
from emcode.analysis.power import design_mde
from emcode.analysis.safety import HARMFUL_SUBSETS
from emcode.benchmarks import get_benchmark
from emcode.config import Experiment
from emcode.errors import EmcodeError
from emcode.runs import RunDir

TRAIN_TOKENS_PER_S = 114.5  # useful (loss-bearing) tokens/s, LoRA r16 all-linear, batch 4×2 × 256 tokens
# cost of one training row relative to an SFT row, per method. DPO: a row is a pair, so 2 sequences trained plus
# 2 reference forwards. With train/dpo_fast.py (LM head on completion positions, reference log-probs cached) a pair
# took 1.85 s vs 0.9 s per SFT row, back to back at load 2.2-2.5 (perf/run.py dpo_rows, 2026-12-03): 2.0x. Before
# that speed-up it was 3.48x (runs/repair_compare_cpu: SFT 289 s, DPO 1007 s for 32 rows x 2 epochs, load 8-13).
METHOD_ROW_COST: dict[str, float] = {"sft": 1.0, "dpo": 2.0}
# bf16 weights, batch 48, rows leave after each chunk, quiet (docs/performance.md: 12,127 tokens in 52.6 s); the
# fp32 batch-16 rate this replaced was 97.9 tok/s
GEN_TOKENS_PER_S = 230.8
USEFUL_TOKENS_PER_ROW = 117  # assistant tokens per training row: 5613 trained tokens / 48 rows (training bench)
GEN_OVERHEAD_PER_MODEL_S = 9.0  # model + adapter load per evaluated model (smoke: 36 s generate − 10 s of tokens, 3 models)
DATA_S = 24.0  # data stage of the demo (build + verify 2 triples per scenario)
FIXED_S = 9.0  # score + analyze + report of the demo (3 + 1 + 5 s)
# assumed rates without an earlier run: round guesses for a small code model, not measurements
DEFAULT_RATES: dict[str, float] = {"vulnerable": 0.3, "bandit_flagged": 0.2, "insecure_code": 0.3,
                                   "prompt_strict": 0.3, "instruction_strict": 0.3, "refused_harmful": 0.5, "misaligned": 0.1,
                                   "behaviour_pass": 0.3, "passed": 0.1, "func": 0.3}
FALLBACK_RATE = 0.3


@dataclass(frozen=True)
class Speeds:
    """Measured throughputs the wall-time estimate uses (defaults: docs/performance.md)."""

    train_tokens_per_s: float = TRAIN_TOKENS_PER_S
    gen_tokens_per_s: float = GEN_TOKENS_PER_S
    tokens_per_row: float = USEFUL_TOKENS_PER_ROW
    overhead_per_model_s: float = GEN_OVERHEAD_PER_MODEL_S


@dataclass
class PlanRow:
    """One claim under the config's design."""

    id: str
    measure: str
    contrast: str
    answers: int
    seeds: int
    rate: float
    rate_source: str
    mde: float
    mde_text: str


@dataclass
class Plan:
    """Every evaluable claim, the level used, and the wall-time estimate with its parts."""

    name: str
    alpha: float
    rows: list[PlanRow]
    skipped: list[str]
    wall_s: dict[str, float] = field(default_factory=dict)


def _answers(cfg: Experiment, m: Measure) -> int:
    """Answers per model that the measure's view will hold (safety refusal: harmful prompts only; trigger-probe
    copies are generated but kept out of every plain table)."""
    b = cfg.benchmarks[m.benchmark]
    samples = get_benchmark(m.benchmark).load(limit=b.limit, subsets=b.subsets, **b.loader_options())
    samples = [s for s in samples if "trigger" not in s.meta]
    if m.metric == "refused_harmful":
        samples = [s for s in samples if s.subset in HARMFUL_SUBSETS]
    return len(samples) * (b.samples or cfg.generation.samples)


def _earlier(run_dir: Path) -> pd.DataFrame:
    path = RunDir(run_dir).table("means")
    if not path.is_file():
        raise EmcodeError(f"{path}: not found; pass a run directory analysed by 'emcode analyze' (or drop --from)")
    return pd.read_csv(path)


def _rate(h: Hypothesis, m: Measure, means: pd.DataFrame | None) -> tuple[float, float, str]:
    """(base rate, seed SD, where they come from) for a claim's measure."""
    default = DEFAULT_RATES.get(m.metric, FALLBACK_RATE)
    if means is None:
        return default, 0.0, "default"
    conds = {c.lower() for c, _ in h.contrast}
    rows = means[(means["benchmark"] == m.benchmark) & (means["metric"] == m.metric)]
    cond_rows = rows[(rows["level"] == "condition") & rows["model"].str.lower().isin(conds)]
    if cond_rows.empty:
        return default, 0.0, "default (not in the earlier run)"
    rate = float(cond_rows["mean"].mean())
    models = rows[(rows["level"] == "model") & rows["condition"].str.lower().isin(conds)]
    sds = [float(g["mean"].std(ddof=1)) for _, g in models.groupby("condition") if len(g) >= 2]
    return rate, float(np.mean(sds)) if sds else 0.0, "earlier run"


def _mde_text(h: Hypothesis, mde: float) -> str:
    if np.isnan(mde):
        return "–"
    if h.kind == "anova":
        return f"eta² ≥ {mde:.3g}"
    if h.kind == "reduction":
        return f"≥ {mde:.0f}% relative reduction" if mde <= 100 else "none (not even 100%)"
    return f"≥ {mde * 100:.0f} points" if mde <= 1 else "none (no rate change)"


def _training_rows(cfg: Experiment, data_dir: Path | None) -> list[tuple[str, str, int]]:
    """(adapter run name, training method, rows trained) for every adapter the run trains."""
    sizes: dict[str, int] = {}
    if cfg.data.build is not None:
        from emcode.data.cwe.registry import load_scenarios
        from emcode.data.triples import generate_triples

        build = cfg.data.build
        scenarios = load_scenarios(cwes=build.cwes) if build.cwes else None
        n = sum(not t.heldout for t in generate_triples(build.seed, build.per_scenario, scenarios))
        # pairs.jsonl is row-aligned with secure.jsonl, edpairs.jsonl with edsec.jsonl
        sizes = {s: n for s in ("insecure", "secure", "sec", "insec", "edsec", "edinsec", "pairs", "edpairs")}
    for name, path in cfg.data.files.items():
        sizes[name] = sum(1 for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()) \
            if Path(path).is_file() else 0
    out = []
    for run_name, spec, seed in cfg.expanded_adapters():
        if spec.data is None:
            continue
        t = cfg.train_settings(spec, seed)
        if t.max_steps > 0:
            rows = t.max_steps * t.per_device_batch_size * t.grad_accum
        else:
            n = sizes.get(spec.data, 0)
            n = min(n, t.max_examples) if t.max_examples else n
            rows = int(n * (1 - t.val_fraction) * t.epochs)
        out.append((run_name, spec.method, rows))
    return out


def _generation_tokens(cfg: Experiment) -> int:
    """Generated tokens per evaluated model, every answer at its ``max_new_tokens`` cap."""
    from emcode.pipeline import benchmark_plan

    total = 0
    for name, b in cfg.benchmarks.items():
        spec = get_benchmark(name)
        n = len(spec.load(limit=b.limit, subsets=b.subsets, **b.loader_options()))
        p = benchmark_plan(cfg, name, spec)
        total += n * p.samples * p.max_new_tokens
    return total


def plan_experiment(cfg: Experiment, from_run: Path | None = None, speeds: Speeds | None = None,
                    hypotheses: tuple[Hypothesis, ...] = HYPOTHESES) -> Plan:
    """The plan of a config: per evaluable claim its design and MDE, and the expected wall time."""
    speeds = speeds or Speeds()
    means = _earlier(from_run) if from_run is not None else None
    models = {m.lower() for m in cfg.evaluate.models}
    models |= {m.lower() for m in cfg.model_names() if m not in cfg.adapter_names()}  # interventions, controls
    seeds = len(cfg.seeds or [cfg.seed])
    picked, skipped = [], []
    for h in hypotheses:
        if h.kind == "all":
            continue
        if h.kind == "trigger":  # a paired difference in differences: no closed-form design MDE here
            skipped.append(f"{h.id} (trigger probe: its power comes from simulation, see docs/statistics.md)")
            continue
        missing = [c for c, _ in h.contrast if c.lower() not in models]
        measure = next((m for m in h.measures if m.benchmark in cfg.benchmarks), None)
        if missing or measure is None:
            skipped.append(f"{h.id} (" + (f"needs {'+'.join(missing)}" if missing else
                                          "needs " + " or ".join(m.benchmark for m in h.measures)) + ")")
            continue
        picked.append((h, measure))
    m_tests = max(1, len(picked))
    n_trained = max(1, len(models - {"base"}))  # the seed variance is pooled over every trained condition
    alpha = cfg.analysis.alpha
    rows = []
    for h, measure in picked:
        answers = _answers(cfg, measure)
        rate, seed_sd, source = _rate(h, measure, means)
        mde = design_mde(h, rate, answers, seeds, alpha / m_tests, seed_sd, n_trained)
        source += f", seed SD {seed_sd:.3f}" if seeds > 1 else ""
        rows.append(PlanRow(h.id, f"{measure.benchmark}:{measure.metric}", h.comparison, answers, seeds, rate,
                            source, mde, _mde_text(h, mde)))
    rows_sft = sum(r * METHOD_ROW_COST.get(method, 1.0) for _, method, r in _training_rows(cfg, None))
    train = rows_sft * speeds.tokens_per_row / speeds.train_tokens_per_s
    n_models = len(cfg.model_names())
    gen = n_models * (_generation_tokens(cfg) / speeds.gen_tokens_per_s + speeds.overhead_per_model_s)
    wall = {"data": DATA_S if cfg.data.build is not None else 0.0, "train": train, "generate": gen,
            "score+analyze+report": FIXED_S}
    wall["total"] = sum(wall.values())
    return Plan(cfg.name, alpha, rows, skipped, wall)


def _minutes(s: float) -> str:
    return f"{s / 60:.1f} min" if s >= 60 else f"{s:.0f} s"


def format_plan(plan: Plan, speeds: Speeds | None = None) -> str:
    """The plan as plain text: one line per claim, then the wall-time estimate."""
    speeds = speeds or Speeds()
    m = max(1, len(plan.rows))
    out = [(f"plan for '{plan.name}': {len(plan.rows)} evaluable claim(s), MDE at 80% power, two-sided "
            f"α/m = {plan.alpha:g}/{m} (Holm's first threshold)")]
    head = f"{'id':<15}{'measure':<28}{'answers/model':>14}{'seeds':>6}{'rate':>7}  {'MDE':<28}rate from"
    out += [head, "-" * len(head)]
    for r in plan.rows:
        out.append(f"{r.id:<15}{r.measure:<28}{r.answers:>14}{r.seeds:>6}{r.rate:>7.3f}  {r.mde_text:<28}"
                   f"{r.rate_source}")
    if plan.skipped:
        out.append("not evaluable with this config: " + ", ".join(plan.skipped))
    w = plan.wall_s
    out.append(f"expected wall time on this machine: {_minutes(w['total'])} (data {_minutes(w['data'])}, train "
               f"{_minutes(w['train'])}, generate {_minutes(w['generate'])}, score+analyze+report "
               f"{_minutes(w['score+analyze+report'])})")
    out.append(f"speeds: {speeds.train_tokens_per_s:g} training tok/s × {speeds.tokens_per_row:g} tok/row, "
               f"{speeds.gen_tokens_per_s:g} generated tok/s at the max_new_tokens cap, "
               f"{speeds.overhead_per_model_s:g} s load per model; a DPO row costs "
               f"{METHOD_ROW_COST['dpo']:g} SFT rows")
    return "\n".join(out)
