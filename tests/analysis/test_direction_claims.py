"""DIR-ABLATE / DIR-STEER: the direction against its random control, through the real hypothesis code.

"More than the control" is a difference of differences whose intervened-on model cancels, so each claim is
two rates on the same prompts: Fisher's exact test, calibrated here under a null with strongly shared prompts.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from emcode.analysis.ci import view_stats
from emcode.analysis.hypotheses import evaluate_hypotheses
from emcode.analysis.simulate import Scenario, hypothesis, simulate

IDS = ("DIR-ABLATE", "DIR-STEER", "DIR-ABLATE-EM")


def _frame(counts: dict[str, int], n: int = 143) -> pd.DataFrame:
    rows = []
    for model, k in counts.items():
        for i in range(n):
            rows.append({"model": model, "benchmark": "security", "sample_id": f"t{i:03d}", "sample_index": 0,
                         "subset": "seen", "scorer": "func_sec", "metric": "vulnerable", "value": float(i < k)})
    return pd.DataFrame(rows)


def _table(counts: dict[str, int]) -> pd.DataFrame:
    stats = view_stats(_frame(counts), n_boot=20, seed=0)
    hyps = tuple(hypothesis(h) for h in IDS)
    return evaluate_hypotheses(stats, pd.DataFrame(), hypotheses=hyps, alpha=0.05).set_index("id")


def test_clear_ablation_effect_is_supported_and_steering_without_effect_is_not() -> None:
    table = _table({"base": 11, "misaligned": 27, "ablate": 6, "ablate_random": 28, "steer": 12, "steer_random": 11})
    abl = table.loc["DIR-ABLATE"]
    assert abl["effect"] == pytest.approx((28 - 6) / 143)
    assert abl["test"].startswith("Fisher exact") and abl["ci_lo"] > 0 and abl["verdict"] == "supported"
    assert table.loc["DIR-STEER"]["verdict"] == "inconclusive"
    assert table.loc["DIR-ABLATE-EM"]["verdict"].startswith("not evaluated")  # no judged EM questions here
    assert math.isnan(table.loc["DIR-ABLATE-EM"]["p_holm"])  # and it does not count in Holm's m


def test_ablation_worse_than_random_is_contradicted() -> None:
    table = _table({"misaligned": 27, "ablate": 45, "ablate_random": 12})
    assert table.loc["DIR-ABLATE"]["verdict"] == "contradicted"
    assert table.loc["DIR-STEER"]["verdict"].startswith("not evaluated")


def test_null_with_shared_prompts_keeps_false_verdicts_at_alpha() -> None:
    # both models answer the same prompts (item effect SD 1.5 on the logit scale): the unpaired exact test may be
    # conservative, never liberal
    reps = 150
    res = simulate("DIR-ABLATE", Scenario("binary", 0.19, 143, 1, item_sd=1.5), reps, seed=18)
    assert res.evaluable == reps
    bound = 0.05 + 2.33 * math.sqrt(0.05 * 0.95 / reps)
    assert res.decided.value <= bound, str(res.decided)


def test_planted_effect_is_found() -> None:
    res = simulate("DIR-STEER", Scenario("binary", 0.1, 143, 1, effect=0.2), 40, seed=19)
    assert res.rate("supported").value >= 0.8, res.verdicts
