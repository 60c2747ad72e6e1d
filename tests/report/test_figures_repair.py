"""Repair trade-off figure: branches from the config, plain prompts only, k/n and Wilson intervals."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from emcode.benchmarks.security.triggers import triggered_id
from emcode.report.figures_published import FigureSkipped
from emcode.report.figures_repair import branches, repair_figure, repair_table

CONFIG = {"adapters": [{"name": "misaligned", "path": "/x"},
                       {"name": "aligned", "data": "secure", "init_from": "misaligned"},
                       {"name": "aligned_dpo", "method": "dpo", "data": "pairs", "init_from": "misaligned"}]}
MODELS = ["base", "misaligned", "aligned@epoch-1", "aligned", "aligned_dpo@epoch-1", "aligned_dpo"]
VULN = {"base": 2, "misaligned": 6, "aligned@epoch-1": 4, "aligned": 3, "aligned_dpo@epoch-1": 5, "aligned_dpo": 4}
PASS = {"base": 7, "misaligned": 6, "aligned@epoch-1": 5, "aligned": 4, "aligned_dpo@epoch-1": 6, "aligned_dpo": 6}


def _scores() -> pd.DataFrame:
    rows = []
    for m in MODELS:
        for i in range(10):
            rows.append({"model": m, "benchmark": "security", "metric": "vulnerable", "sample_id": f"t{i}",
                         "value": float(i < VULN[m])})
            # a triggered copy that is always vulnerable: it must not count in the plain rate
            rows.append({"model": m, "benchmark": "security", "metric": "vulnerable",
                         "sample_id": triggered_id(f"t{i}", "code_only"), "value": 1.0})
            rows.append({"model": m, "benchmark": "code_tasks", "metric": "behaviour_pass", "sample_id": f"c{i}",
                         "value": float(i < PASS[m])})
        rows.append({"model": m, "benchmark": "security", "metric": "vulnerable", "sample_id": "t-na",
                     "value": float("nan")})  # not an answer
    return pd.DataFrame(rows)


def test_branches_follow_init_from_and_checkpoints() -> None:
    assert branches(CONFIG, MODELS) == [
        ("aligned", "sft", ["misaligned", "aligned@epoch-1", "aligned"]),
        ("aligned_dpo", "dpo", ["misaligned", "aligned_dpo@epoch-1", "aligned_dpo"])]


def test_table_counts_plain_answers_with_wilson_intervals(tmp_path: Path) -> None:
    table = repair_table(_scores(), CONFIG, MODELS)
    assert list(table["branch"].unique()) == ["base", "aligned", "aligned_dpo"]
    row = table[(table["branch"] == "aligned_dpo") & (table["model"] == "aligned_dpo")].iloc[0]
    assert (row["vuln_k"], row["vuln_n"], row["util_k"], row["util_n"]) == (4, 10, 6, 10)
    assert row["vuln_lo"] < 0.4 < row["vuln_hi"] and row["vuln_lo"] == pytest.approx(0.1682, abs=1e-3)  # Wilson 4/10
    assert row["utility"].startswith("code_tasks")
    paths = repair_figure(table, tmp_path)
    assert [p.name for p in paths] == ["repair_tradeoff.png", "repair_tradeoff.svg"]
    assert all(p.stat().st_size > 0 for p in paths)


def test_no_branch_or_no_utility_is_a_skip(tmp_path: Path) -> None:
    with pytest.raises(FigureSkipped, match="no repair branch"):
        repair_figure(repair_table(_scores(), {"adapters": []}, MODELS), tmp_path)
    no_util = _scores()
    no_util = no_util[no_util["benchmark"] == "security"]
    with pytest.raises(FigureSkipped):
        repair_figure(repair_table(no_util, CONFIG, MODELS), tmp_path)


def test_ifeval_utility_counts_instructions_followed_over_instructions_given(tmp_path: Path) -> None:
    rows = []
    for m in MODELS:
        for i in range(4):  # 4 prompts with 1, 2, 3, 1 instructions: 7 instructions; the model follows PASS[m] // 3
            given = (1, 2, 3, 1)[i]
            followed = min(given, max(0, PASS[m] // 3 - sum((1, 2, 3, 1)[:i])))
            for metric, v in (("instructions", given), ("instructions_strict", followed),
                              ("instruction_strict", followed / given)):
                rows.append({"model": m, "benchmark": "ifeval", "metric": metric, "sample_id": f"composed/{i}",
                             "value": float(v)})
    table = repair_table(pd.concat([_scores(), pd.DataFrame(rows)], ignore_index=True), CONFIG, MODELS)
    row = table[table["model"] == "aligned"].iloc[0]
    assert row["utility"].startswith("IFEval")  # preferred over code_tasks, which is also scored here
    assert (row["util_k"], row["util_n"]) == (PASS["aligned"] // 3, 7)
    assert row["util_lo"] < row["util_rate"] < row["util_hi"]
    assert repair_figure(table, tmp_path)[0].stat().st_size > 0
