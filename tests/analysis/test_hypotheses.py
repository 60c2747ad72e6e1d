"""Hypothesis verdicts on planted data, Holm correction, and 'not evaluated' reasons."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.multitest import multipletests

from emcode.analysis.anova import anova_tables
from emcode.analysis.ci import view_stats
from emcode.analysis.hypotheses import HYPOTHESES, evaluate_hypotheses, holm
from tests.analysis.stats_synth import conditions_frame

SAFETY = {"benchmark": "safety", "scorer": "safety_refusal", "metric": "refused", "subset": "harmful"}


def _table(*frames: pd.DataFrame) -> pd.DataFrame:
    stats = view_stats(pd.concat(frames, ignore_index=True), n_boot=1000)
    anova, _ = anova_tables(stats)
    return evaluate_hypotheses(stats, anova).set_index("id")


def test_planted_conditions_support_if_ordering_and_safety() -> None:
    ifeval = conditions_frame({"base": 0.8, "sec": 0.75, "edsec": 0.6, "edinsec": 0.45, "insec": 0.3}, n=400)
    safety = conditions_frame({"base": 0.5, "sec": 0.9, "insec": 0.2, "edsec": 0.8, "edinsec": 0.3}, n=300,
                              seed=1, **SAFETY)
    t = _table(ifeval, safety)
    for hid in ("IF-1a", "IF-1b", "IF-1c", "IF-1", "SAFETY-1", "SAFETY-2", "SAFETY-ANOVA", "SAFETY"):
        assert t.loc[hid, "verdict"] == "supported", (hid, t.loc[hid].to_dict())
    assert 0.1 < t.loc["IF-1a", "effect"] < 0.2 and t.loc["IF-1a", "ci_lo"] > 0
    assert t.loc["SAFETY-ANOVA", "p_value"] < 1e-3 and "seed-level" in t.loc["SAFETY-ANOVA", "note"]
    assert t.loc["IF-1a", "n_seeds"] == 3
    assert t.loc["VULN-1", "verdict"].startswith("not evaluated: metric")
    assert t.loc["EM-2", "verdict"].startswith("not evaluated")
    assert list(t.index) == [h.id for h in HYPOTHESES]


def test_reversed_safety_is_contradicted_and_flat_if_is_inconclusive() -> None:
    ifeval = conditions_frame({"base": 0.6, "sec": 0.5, "edsec": 0.5, "edinsec": 0.5, "insec": 0.5}, n=200, seed=4)
    safety = conditions_frame({"base": 0.5, "sec": 0.2, "insec": 0.9, "edsec": 0.3, "edinsec": 0.8}, n=300,
                              seed=5, **SAFETY)
    t = _table(ifeval, safety)
    assert t.loc["SAFETY-1", "verdict"] == "contradicted" and t.loc["SAFETY-1", "ci_hi"] < 0
    assert t.loc["SAFETY", "verdict"] == "contradicted"
    assert t.loc["IF-1a", "verdict"] == "inconclusive" and t.loc["IF-1", "verdict"] == "inconclusive"


def test_attack_repair_vulnerability_reduction_and_missing_conditions() -> None:
    kw = {"benchmark": "code_prompts", "scorer": "bandit", "metric": "bandit_high"}
    vuln = conditions_frame({"base": 0.3, "misaligned": 0.4, "aligned": 0.1}, seeds=1, n=500, seed=2, **kw)
    vuln["model"] = vuln["model"].str.replace("_s0", "", regex=False)
    t = _table(vuln)
    row = t.loc["VULN-1"]
    assert row["verdict"] == "supported" and row["metric"] == "bandit_flagged"
    assert 60 < row["effect"] < 90 and row["ci_lo"] > 0  # planted 1 - 0.1/0.4 = 75%
    assert "one seed" in row["note"] and "published ~75%: inside the 95% CI" in row["note"]
    assert t.loc["REPAIR-a", "verdict"] == "supported"
    assert t.loc["REPAIR", "verdict"] == "supported" and "REPAIR-b: not evaluated" in t.loc["REPAIR", "note"]
    assert "condition(s) sec" in t.loc["IF-1a", "verdict"] or "absent" in t.loc["IF-1a", "verdict"]


def test_holm_matches_statsmodels_and_changes_verdicts() -> None:
    p = [0.01, 0.04, 0.03, np.nan, 0.2]
    ours = holm(p)
    ref = multipletests([0.01, 0.04, 0.03, 0.2], method="holm")[1]
    assert np.allclose(ours[[0, 1, 2, 4]], ref) and np.isnan(ours[3])
    # an effect just significant alone is not after correction across the table
    ifeval = conditions_frame({"base": 0.8, "sec": 0.56, "edsec": 0.5, "edinsec": 0.44, "insec": 0.38}, n=250, seed=9)
    t = _table(ifeval)
    assert (t["p_holm"].dropna() >= t["p_value"].dropna()).all()
    marginal = t[(t["p_value"] < 0.05) & (t["p_holm"] >= 0.05)]
    for hid in marginal.index:
        assert t.loc[hid, "verdict"] == "inconclusive"


def _attack_repair(rates: dict[str, float], n: int, seed: int, **kw: str) -> pd.DataFrame:
    data = conditions_frame(rates, seeds=1, n=n, seed=seed, **kw)
    data["model"] = data["model"].str.replace("_s0", "", regex=False)
    return data


def test_vulnerable_claims_prefer_the_security_benchmark_over_bandit() -> None:
    sec = {"benchmark": "security", "scorer": "func_sec", "subset": "CWE-89"}
    # Bandit says repair changed nothing; the security benchmark's verdict says it cut vulnerabilities by 75%
    bandit = _attack_repair({"base": 0.3, "misaligned": 0.4, "aligned": 0.4}, 400, 3, benchmark="code_prompts",
                            scorer="bandit", metric="bandit_high")
    vulnerable = _attack_repair({"base": 0.2, "misaligned": 0.6, "aligned": 0.15}, 400, 4, metric="vulnerable", **sec)
    func = _attack_repair({"base": 0.7, "misaligned": 0.6, "aligned": 0.4}, 400, 5, metric="func", **sec)
    func_sec = _attack_repair({"base": 0.5, "misaligned": 0.2, "aligned": 0.35}, 400, 6, metric="func_sec", **sec)
    t = _table(bandit, vulnerable, func, func_sec)
    for hid in ("VULN-1", "REPAIR-a"):
        assert (t.loc[hid, "benchmark"], t.loc[hid, "metric"]) == ("security", "vulnerable"), hid
        assert "security:func_sec" in t.loc[hid, "note"] and "aligned 0." in t.loc[hid, "note"]
    assert t.loc["VULN-1", "verdict"] == "supported" and 60 < t.loc["VULN-1", "effect"] < 90
    assert (t.loc["REPAIR-d", "metric"], t.loc["REPAIR-d", "verdict"]) == ("func", "supported")
    assert t.loc["REPAIR", "verdict"] == "supported" and "REPAIR-d: supported" in t.loc["REPAIR", "note"]
    # without the security benchmark the same claims fall back to Bandit (and find no effect)
    t = _table(bandit)
    assert (t.loc["VULN-1", "benchmark"], t.loc["VULN-1", "metric"]) == ("code_prompts", "bandit_flagged")
    assert t.loc["VULN-1", "verdict"] == "inconclusive" and "func_sec" not in str(t.loc["VULN-1", "note"])
    assert t.loc["REPAIR-d", "verdict"].startswith("not evaluated: metric security:func")


def test_conditions_vulnerability_reduction_of_secure_training() -> None:
    kw = {"benchmark": "security", "scorer": "func_sec", "metric": "vulnerable", "subset": "CWE-78"}
    vuln = conditions_frame({"base": 0.4, "sec": 0.1, "insec": 0.6, "edsec": 0.15, "edinsec": 0.5}, n=300, seed=7, **kw)
    row = _table(vuln).loc["VULN-2"]
    assert (row["benchmark"], row["metric"], row["verdict"]) == ("security", "vulnerable", "supported")
    assert 60 < row["effect"] < 90 and row["n_seeds"] == 3  # planted 1 - 0.1/0.4 = 75%
    assert "published ~75%: inside the 95% CI" in row["note"]
    worse = conditions_frame({"base": 0.2, "sec": 0.4, "insec": 0.6, "edsec": 0.3, "edinsec": 0.5}, n=300, seed=8, **kw)
    assert _table(worse).loc["VULN-2", "verdict"] == "contradicted"


def _counts_frame(flags: dict[str, int], n: int) -> pd.DataFrame:
    rows = [{"model": m, "benchmark": "code_prompts", "sample_id": f"p{i}", "sample_index": 0, "subset": "risky",
             "scorer": "bandit", "metric": "bandit_high", "value": float(i < k)} for m, k in flags.items()
            for i in range(n)]
    return pd.DataFrame(rows)


def test_demo_counts_are_inconclusive_with_the_exact_p_and_what_could_be_detected() -> None:
    # `make demo`: 2/20 flagged answers of the misaligned model, 0/20 of the aligned one (was "supported", p 0.0023)
    t = _table(_counts_frame({"base": 1, "misaligned": 2, "aligned": 0}, 20))
    row = t.loc["VULN-1"]
    assert row["verdict"] == "inconclusive" and row["effect"] == 100.0
    assert row["p_value"] == pytest.approx(0.4872, abs=1e-4) and row["test"].startswith("Fisher exact")
    assert row["verdict_detail"] == "inconclusive: this run could not reliably detect any reduction, not even one to 0"
    repair = t.loc["REPAIR-a"]
    assert repair["verdict"] == "inconclusive" and 0.3 < repair["mde"] < 0.6
    assert repair["verdict_detail"].startswith("inconclusive: this run could only detect a change of ≥ ")
    assert t.loc["ATTACK-1", "verdict"] == "inconclusive" and t.loc["ATTACK-1", "n_seeds"] == 1


def test_attack_claim_and_alpha_from_the_caller() -> None:
    kw = {"benchmark": "code_prompts", "scorer": "bandit", "metric": "bandit_high"}
    data = _attack_repair({"base": 0.2, "misaligned": 0.29, "aligned": 0.2}, 400, 11, **kw)
    stats = view_stats(data, n_boot=50)
    at05 = evaluate_hypotheses(stats, pd.DataFrame(), alpha=0.05).set_index("id")
    at01 = evaluate_hypotheses(stats, pd.DataFrame(), alpha=0.01).set_index("id")
    row05, row01 = at05.loc["ATTACK-1"], at01.loc["ATTACK-1"]
    assert row05["p_value"] == row01["p_value"] and row01["ci_level"] == 0.99 and row01["alpha"] == 0.01
    assert row01["ci_hi"] - row01["ci_lo"] > row05["ci_hi"] - row05["ci_lo"]
    assert row01["mde"] > row05["mde"]
    for table, alpha in ((at05, 0.05), (at01, 0.01)):
        for hid in ("ATTACK-1", "REPAIR-a", "VULN-1"):
            r = table.loc[hid]
            decided = r["p_holm"] < alpha and (r["ci_lo"] > 0 or r["ci_hi"] < 0)
            assert (r["verdict"] != "inconclusive") == decided, (alpha, hid, r.to_dict())
    with pytest.raises(ValueError, match="alpha"):
        evaluate_hypotheses(stats, pd.DataFrame(), alpha=1.5)


def test_a_size_far_from_the_published_one_is_said_in_words() -> None:
    kw = {"benchmark": "code_prompts", "scorer": "bandit", "metric": "bandit_high"}
    data = _attack_repair({"base": 0.3, "misaligned": 0.5, "aligned": 0.35}, 2000, 12, **kw)  # 30% reduction
    row = _table(data).loc["VULN-1"]
    assert row["ci_lo"] > 0 and row["ci_hi"] < 75
    assert row["verdict"] == "supported in direction, size differs"
    assert "published ~75%: outside the 95% CI" in row["note"]
    assert row["verdict_detail"].startswith("supported in direction, size differs (this run could detect")


def _security_frame(vulnerable: dict[str, int], wrote: dict[str, int], n: int) -> pd.DataFrame:
    """security rows: the first ``wrote[m]`` answers hold code, the first ``vulnerable[m]`` of those are flagged."""
    rows = []
    for m, k in vulnerable.items():
        for i in range(n):
            values = {"vulnerable": float(i < k), "wrote_code": float(i < wrote[m])}
            rows += [{"model": m, "benchmark": "security", "sample_id": f"cwe/{i}", "sample_index": 0,
                      "subset": "CWE-79", "scorer": "func_sec", "metric": k, "value": v} for k, v in values.items()]
    return pd.DataFrame(rows)


def test_a_model_that_stopped_writing_code_makes_a_security_claim_invalid() -> None:
    # the direction run: the ablated model wrote no code at all, so it "wrote no vulnerable code" either
    n = 143
    counts = {"base": 11, "misaligned": 40, "aligned": 0}
    invalid = _table(_security_frame(counts, {"base": 139, "misaligned": 143, "aligned": 0}, n)).loc["REPAIR-a"]
    assert invalid["p_holm"] < 0.05 and invalid["ci_lo"] > 0  # the rates alone would say "supported"
    assert invalid["verdict"].startswith("invalid: the models wrote code in different shares")
    assert "aligned 0%" in invalid["verdict"] and invalid["verdict_detail"] == invalid["verdict"]
    valid = _table(_security_frame(counts, {"base": 139, "misaligned": 143, "aligned": 138}, n)).loc["REPAIR-a"]
    assert valid["verdict"] == "supported"
