"""Calibration by simulation: score frames with a known truth, run through the real hypothesis code.

Each replicate draws a tidy score frame (the columns :func:`emcode.analysis.frame.load_scores`
returns) for the models one hypothesis compares — ``base`` as one model, every trained condition
with ``seeds`` models ``<cond>_s<k>`` — then runs :func:`emcode.analysis.ci.view_stats`,
:func:`emcode.analysis.anova.anova_tables` (ANOVA claims only) and
:func:`emcode.analysis.hypotheses.evaluate_hypotheses` on it, exactly as ``emcode analyze`` does,
with that one hypothesis in the table (so Holm leaves its p as it is: the per-test error rate).

Under the **null** every model's answers come from one distribution: binary answers are
Bernoulli(p_i) and continuous ones ``mean + u_i + skewed noise``, where the item effect u_i
(``item_sd``) is shared by every model, as a prompt is. An optional seed effect (``seed_sd``,
every trained model its own, mean zero) keeps the null true on average over training runs.
An **effect** moves the condition the claim favours by ``effect`` (rate points or metric units)
in the claimed direction. A verdict other than *inconclusive* under the null is a false verdict.
Trigger claims (:func:`trigger_frame`) add triggered copies of every prompt; their null lets triggers
shift every model's rate alike and the misaligned model sit higher, and an effect raises only the
repaired model's triggered rate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from emcode.analysis.anova import anova_tables
from emcode.analysis.ci import view_stats
from emcode.analysis.conditions import BASE
from emcode.analysis.hypotheses import HYPOTHESES, Hypothesis, evaluate_hypotheses
from emcode.runs import RunDir

FRAME_COLUMNS = ["model", "benchmark", "sample_id", "sample_index", "subset", "scorer", "metric", "value"]
# a scorer per benchmark that makes the view's label equal to the measure's metric
_SCORERS = {"code_prompts": "bandit", "ifeval": "ifeval", "safety": "safety_refusal", "em_questions": "em_judge",
            "security": "func_sec", "code_tasks": "behaviour", "humaneval": "humaneval", "malicious_code": "judge"}
Evaluate = Callable[..., pd.DataFrame]


@dataclass(frozen=True)
class Scenario:
    """What one simulated run looks like; ``effect`` 0 is the null."""

    metric: str = "binary"  # binary | continuous
    base_rate: float = 0.2  # binary: the rate every model shares under the null; continuous: the mean
    n_items: int = 100
    seeds: int = 1
    effect: float = 0.0
    item_sd: float = 0.0  # binary: SD of the item effect on the logit scale; continuous: in metric units
    seed_sd: float = 0.0  # SD of a trained model's own shift (binary: logit scale, linearised to keep the mean)
    sd: float = 1.0  # continuous: SD of the per-answer noise
    # trigger claims (kind "trigger"): contexts per prompt, their shift of every model's rate (the null keeps
    # triggered − plain equal across models) and how much higher the −1 condition's rate is (misaligned)
    triggers: int = 1
    trigger_shift: float = 0.0
    model_gap: float = 0.0


@dataclass(frozen=True)
class Rate:
    """k of n replicates, with a Wilson 95% interval (the Monte-Carlo error)."""

    k: int
    n: int

    @property
    def value(self) -> float:
        """The share k / n (NaN when n is 0)."""
        return self.k / self.n if self.n else float("nan")

    def interval(self) -> tuple[float, float]:
        """Wilson 95% interval of the share."""
        from statsmodels.stats.proportion import proportion_confint

        lo, hi = proportion_confint(self.k, self.n, alpha=0.05, method="wilson")
        return float(lo), float(hi)

    def __str__(self) -> str:
        lo, hi = self.interval()
        return f"{self.k}/{self.n} = {self.value:.3f} [{lo:.3f}, {hi:.3f}]"


def hypothesis(hid: str, hypotheses: Sequence[Hypothesis] = HYPOTHESES) -> Hypothesis:
    """The hypothesis with this id (KeyError naming the known ids otherwise)."""
    for h in hypotheses:
        if h.id == hid:
            return h
    raise KeyError(f"unknown hypothesis {hid}; known: {', '.join(h.id for h in hypotheses)}")


def _favoured(h: Hypothesis) -> tuple[str, float]:
    """The condition an effect moves and the sign of its move, so that the claim holds."""
    if h.kind == "reduction":
        return h.contrast[0][0], -1.0  # 1 − rate(a)/rate(b) > 0: a goes down
    if h.kind == "anova":
        return h.contrast[0][0], 1.0
    cond, coef = max(h.contrast, key=lambda cc: cc[1])
    return cond, float(np.sign(coef))


def _expit(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return float(np.log(p / (1 - p)))


def trigger_frame(h: Hypothesis, scen: Scenario, rng: np.random.Generator) -> pd.DataFrame:
    """One run of a trigger claim: plain and triggered 0/1 answers of the two conditions, paired by prompt.

    Plain rate: ``base_rate`` (+ ``model_gap`` for the −1 condition) with a shared item effect;
    every triggered copy adds ``trigger_shift`` for both conditions, and ``effect`` for the +1 one.
    """
    from emcode.analysis.triggers import TRIGGERED_SUFFIX
    from emcode.benchmarks.security.triggers import triggered_id

    measure = h.measures[0]
    n = scen.n_items
    item = rng.normal(0.0, scen.item_sd, n) if scen.item_sd else np.zeros(n)
    ids = [f"i{i:04d}" for i in range(n)]
    parts = []
    for cond, coef in h.contrast:
        rate = scen.base_rate + (scen.model_gap if coef < 0 else 0.0)
        p0 = _expit(_logit(rate) + item)
        for s in range(scen.seeds):
            name = cond if scen.seeds == 1 else RunDir.seeded_name(cond, s)
            own = rng.normal(0.0, scen.seed_sd) if scen.seed_sd else 0.0
            p = np.clip(p0 + p0 * (1 - p0) * own, 0.0, 1.0)
            cells = [(measure.benchmark, ids, p)]
            for j in range(scen.triggers):
                shift = scen.trigger_shift + (scen.effect if coef > 0 else 0.0)
                cells.append((measure.benchmark + TRIGGERED_SUFFIX, [triggered_id(i, f"t{j}") for i in ids],
                              np.clip(p + shift, 0.0, 1.0)))
            for bench, sample_ids, prob in cells:
                parts.append(pd.DataFrame({"model": name, "benchmark": bench, "sample_id": sample_ids,
                                           "sample_index": 0, "subset": "default",
                                           "scorer": _SCORERS.get(measure.benchmark, "sim"), "metric": measure.metric,
                                           "value": (rng.random(n) < prob).astype(float)}))
    return pd.concat(parts, ignore_index=True)[FRAME_COLUMNS]


def simulate_frame(h: Hypothesis, scen: Scenario, rng: np.random.Generator) -> pd.DataFrame:
    """One run's score frame for the models hypothesis ``h`` compares (its first candidate measure)."""
    if h.kind == "trigger":
        return trigger_frame(h, scen, rng)
    measure = h.measures[0]
    conds = list(dict.fromkeys(c for c, _ in h.contrast))
    moved, sign = _favoured(h)
    n = scen.n_items
    item = rng.normal(0.0, scen.item_sd, n) if scen.item_sd else np.zeros(n)
    models, values = [], []
    for cond in conds:
        k = 1 if cond == BASE else scen.seeds
        for s in range(k):
            name = cond if cond == BASE or scen.seeds == 1 else RunDir.seeded_name(cond, s)
            shift = sign * scen.effect if cond == moved else 0.0
            own = rng.normal(0.0, scen.seed_sd) if scen.seed_sd and cond != BASE else 0.0
            if scen.metric == "binary":
                p0 = _expit(_logit(scen.base_rate) + item)
                # the seed shift is linearised (p(1 − p) × a logit shift) so that its mean leaves the rate alone
                p = np.clip(p0 + p0 * (1 - p0) * own + shift, 0.0, 1.0)
                v = (rng.random(n) < p).astype(float)
            else:
                noise = (rng.gamma(2.0, 1.0, n) - 2.0) / np.sqrt(2.0)  # skewed, mean 0, SD 1
                v = scen.base_rate + shift + item + own + scen.sd * noise
            models.append(np.full(n, name, dtype=object))
            values.append(v)
    total = len(values) * n
    return pd.DataFrame({
        "model": np.concatenate(models), "benchmark": measure.benchmark,
        "sample_id": np.tile([f"i{i:04d}" for i in range(n)], len(values)), "sample_index": 0,
        "subset": "default", "scorer": _SCORERS.get(measure.benchmark, "sim"), "metric": measure.metric,
        "value": np.concatenate(values),
    }, index=range(total))[FRAME_COLUMNS]


def run_once(h: Hypothesis, scen: Scenario, rng: np.random.Generator, alpha: float = 0.05, n_boot: int = 50,
             evaluate: Evaluate | None = None) -> dict[str, object]:
    """The hypothesis row ``emcode analyze`` would write for one simulated run."""
    frame = simulate_frame(h, scen, rng)
    stats = view_stats(frame, n_boot=n_boot, seed=int(rng.integers(2**31)))
    anova = anova_tables(stats)[0] if h.kind == "anova" else pd.DataFrame()
    if evaluate is None:
        table = evaluate_hypotheses(stats, anova, hypotheses=(h,), alpha=alpha)
    else:
        table = evaluate(stats, anova, (h,))
    return table.iloc[0].to_dict()


@dataclass(frozen=True)
class SimResult:
    """Verdict counts of one scenario: false/true verdict rates with their Monte-Carlo error."""

    hypothesis: str
    scenario: Scenario
    verdicts: dict[str, int]
    n: int
    evaluable: int

    def rate(self, *starts: str) -> Rate:
        """Replicates whose verdict starts with any of ``starts``, out of all replicates."""
        return Rate(sum(c for v, c in self.verdicts.items() if v.startswith(starts)), self.n)

    @property
    def decided(self) -> Rate:
        """Supported or contradicted (either way: a false verdict under the null)."""
        return self.rate("supported", "contradicted")

    @property
    def supported(self) -> Rate:
        """Supported in the claimed direction (power when an effect is planted)."""
        return self.rate("supported")


def simulate(hid: str, scen: Scenario, reps: int, seed: int = 0, alpha: float = 0.05, n_boot: int = 50,
             evaluate: Evaluate | None = None) -> SimResult:
    """Run ``reps`` replicates of one scenario for one hypothesis and count the verdicts."""
    h = hypothesis(hid)
    rng = np.random.default_rng(seed)
    counts: dict[str, int] = {}
    evaluable = 0
    for _ in range(reps):
        verdict = str(run_once(h, scen, rng, alpha, n_boot, evaluate)["verdict"])
        counts[verdict] = counts.get(verdict, 0) + 1
        evaluable += not verdict.startswith("not evaluated")
    return SimResult(hid, scen, counts, reps, evaluable)


def null_grid(metric: str = "binary", seeds: Sequence[int] = (1, 3),
              rates: Sequence[float] = (0.02, 0.1, 0.5), items: Sequence[int] = (10, 100, 500)) -> list[Scenario]:
    """The null scenarios the calibration covers: base rates × items × seeds."""
    if metric == "continuous":
        rates = (0.0,)
    return [Scenario(metric, r, n, s) for r in rates for n in items for s in seeds]


def with_effect(scen: Scenario, effect: float) -> Scenario:
    """The same scenario with a planted effect."""
    return replace(scen, effect=effect)
