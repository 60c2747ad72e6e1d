"""SFT-vs-DPO repair claims: REPAIR-DPO-b reads IFEval's instruction-level accuracy first (issue 15)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from emcode.analysis.anova import anova_tables
from emcode.analysis.ci import view_stats
from emcode.analysis.hypotheses import evaluate_hypotheses
from tests.analysis.stats_synth import binary_rows, frame

MODELS = ("base", "misaligned", "aligned", "aligned_dpo")


def _instruction_rows(means: dict[str, float], n: int, seed: int) -> list[dict]:
    """Per prompt the share of its 1–3 instructions followed, each followed with the model's probability."""
    rng = np.random.default_rng(seed)
    k = rng.integers(1, 4, n)
    rows = []
    for model, p in means.items():
        for i in range(n):
            followed = int((rng.random(k[i]) < p).sum())
            rows.append({"model": model, "benchmark": "ifeval", "sample_id": f"composed/{i}", "sample_index": 0,
                         "subset": "composed", "scorer": "ifeval", "metric": "instruction_strict",
                         "value": followed / k[i]})
    return rows


def _table(rows: list[dict]) -> pd.DataFrame:
    stats = view_stats(frame(rows), n_boot=300)
    anova, _ = anova_tables(stats)
    return evaluate_hypotheses(stats, anova).set_index("id")


def _code_tasks(rate: float, seed: int) -> list[dict]:
    rng = np.random.default_rng(seed)
    return [r for m in MODELS for r in binary_rows(m, rate, 10, rng, benchmark="code_tasks", scorer="behaviour",
                                                     metric="behaviour_pass")]


def test_utility_claim_prefers_ifeval_instructions_and_detects_a_planted_gap() -> None:
    rows = _instruction_rows({"base": 0.3, "misaligned": 0.3, "aligned": 0.15, "aligned_dpo": 0.45}, 300, 0)
    t = _table(rows + _code_tasks(0.0, 1))  # code_tasks at the floor, as on CPU: must not be the one read
    row = t.loc["REPAIR-DPO-b"]
    assert (row["benchmark"], row["metric"]) == ("ifeval", "instruction_strict")
    assert row["verdict"] == "supported" and 0.2 < row["effect"] < 0.4 and row["ci_lo"] > 0
    assert "paired" in str(row["test"])  # the same prompts for both models: compared prompt by prompt


def test_utility_claim_without_ifeval_falls_back_to_code_tests_and_a_null_gap_is_inconclusive() -> None:
    t = _table(_code_tasks(0.3, 2))
    assert t.loc["REPAIR-DPO-b", "benchmark"] == "code_tasks"
    flat = _table(_instruction_rows({m: 0.3 for m in MODELS}, 60, 3))
    assert flat.loc["REPAIR-DPO-b", "verdict"] == "inconclusive"


def test_utility_claim_false_verdict_rate_under_a_paired_null() -> None:
    """Negative control: DPO and SFT follow instructions equally, prompts differ in difficulty for every model alike."""
    from emcode.analysis.hypotheses import evaluate_hypotheses as evaluate

    def null_rows(seed: int) -> list[dict]:
        rng = np.random.default_rng(seed)
        k, difficulty = rng.integers(1, 4, 64), rng.beta(2, 3, 64)
        return [{"model": m, "benchmark": "ifeval", "sample_id": f"composed/{i}", "sample_index": 0,
                 "subset": "composed", "scorer": "ifeval", "metric": "instruction_strict",
                 "value": int((rng.random(k[i]) < difficulty[i]).sum()) / k[i]} for m in MODELS for i in range(64)]

    reps, alpha, wrong = 300, 0.05, 0
    for seed in range(reps):
        stats = view_stats(frame(null_rows(seed)), n_boot=20)
        wrong += evaluate(stats, anova_tables(stats)[0]).set_index("id").loc["REPAIR-DPO-b", "verdict"] == "supported"
    assert wrong / reps <= alpha + 2.33 * np.sqrt(alpha * (1 - alpha) / reps), wrong
