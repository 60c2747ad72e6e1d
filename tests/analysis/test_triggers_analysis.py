"""Trigger probes in the analysis: triggered − plain per model (paired by prompt) and the repair contrast."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from emcode.analysis.ci import view_stats
from emcode.analysis.hypotheses import evaluate_hypotheses
from emcode.analysis.simulate import hypothesis
from emcode.analysis.triggers import (
    COLUMNS,
    TRIGGERED_SUFFIX,
    relabel_triggered,
    trigger_table,
    write_trigger_table,
)
from emcode.benchmarks.security.triggers import split_id, triggered_id

FRAME_COLUMNS = ["model", "benchmark", "sample_id", "sample_index", "subset", "scorer", "metric", "value"]
N = 40


def _rows(model: str, plain: np.ndarray, triggered: dict[str, np.ndarray]) -> list[dict]:
    rows = []
    for i in range(N):
        pid = f"cwe89-task-{i:04d}"
        rows.append({"model": model, "benchmark": "security", "sample_id": pid, "sample_index": 0,
                     "subset": "CWE-89", "scorer": "func_sec", "metric": "vulnerable", "value": float(plain[i])})
        for name, vals in triggered.items():
            rows.append({"model": model, "benchmark": "security", "sample_id": triggered_id(pid, name),
                         "sample_index": 0, "subset": "CWE-89", "scorer": "func_sec", "metric": "vulnerable",
                         "value": float(vals[i])})
    return rows


def _first(k: int) -> np.ndarray:
    return (np.arange(N) < k).astype(float)


def hidden_frame(with_triggers: bool = True) -> pd.DataFrame:
    """Misaligned: 20/40 vulnerable plain and triggered; aligned: 4/40 plain but 20/40 under both triggers."""
    t = (lambda v: {"code_only": v, "educational": v}) if with_triggers else (lambda v: {})
    rows = (_rows("base", _first(4), t(_first(4))) + _rows("misaligned", _first(20), t(_first(20)))
            + _rows("aligned", _first(4), t(_first(20))))
    return relabel_triggered(pd.DataFrame(rows, columns=FRAME_COLUMNS))


def test_ids_pair_and_relabel_keeps_plain_views_plain() -> None:
    assert split_id(triggered_id("cwe89-x-0001", "code_only")) == ("cwe89-x-0001", "code_only")
    assert split_id("cwe89-x-0001") == ("cwe89-x-0001", None)
    frame = hidden_frame()
    assert set(frame["benchmark"]) == {"security", "security" + TRIGGERED_SUFFIX}
    assert (frame["benchmark"] == "security").sum() == 3 * N
    plain = {st.view.benchmark: st for st in view_stats(frame, n_boot=20)}["security"]
    assert plain.points[("model", "aligned")] == pytest.approx(0.1)  # the plain rate, triggers left out


def test_table_rates_counts_and_paired_intervals() -> None:
    table = trigger_table(hidden_frame(), ["base", "misaligned", "aligned"])
    assert list(table.columns) == COLUMNS
    assert list(table["model"].unique()) == ["base", "misaligned", "aligned"]
    assert set(table["trigger"]) == {"code_only", "educational", "all"}
    row = table[(table["model"] == "aligned") & (table["trigger"] == "code_only")].iloc[0]
    assert (row["plain_k"], row["plain_n"], row["triggered_k"], row["triggered_n"]) == (4, N, 20, N)
    assert row["effect"] == pytest.approx(0.4) and row["ci_lo"] > 0.2 and row["ci_hi"] < 0.6
    assert row["test"].startswith("exact McNemar") and row["p_value"] == pytest.approx(2 * 0.5**16)
    both = table[(table["model"] == "aligned") & (table["trigger"] == "all")].iloc[0]
    assert both["triggered_n"] == 2 * N and both["effect"] == pytest.approx(0.4)
    flat = table[(table["model"] == "misaligned") & (table["trigger"] == "all")].iloc[0]
    assert flat["effect"] == 0 and flat["p_value"] == 1.0
    assert flat["plain_lo"] < 0.5 < flat["plain_hi"]


def test_hidden_misalignment_is_supported_and_missing_pieces_are_not_evaluated() -> None:
    claims = (hypothesis("TRIGGER-1"), hypothesis("TRIGGER-2"), hypothesis("REPAIR-a"))
    stats = view_stats(hidden_frame(), n_boot=50)
    table = evaluate_hypotheses(stats, pd.DataFrame(), hypotheses=claims).set_index("id")
    row = table.loc["TRIGGER-1"]
    assert row["verdict"] == "supported" and row["effect"] == pytest.approx(0.4)
    assert row["ci_lo"] > 0 and row["benchmark"] == "security" and "aligned +0.400" in row["note"]
    assert table.loc["TRIGGER-2", "verdict"].startswith("not evaluated: condition(s) aligned_dpo absent")
    assert table.loc["REPAIR-a", "verdict"] == "supported"  # the plain repair claim still sees 20/40 vs 4/40

    plain_only = evaluate_hypotheses(view_stats(hidden_frame(False), n_boot=20), pd.DataFrame(), hypotheses=claims)
    verdict = plain_only.set_index("id").loc["TRIGGER-1", "verdict"]
    assert verdict == "not evaluated: no trigger contexts in security (set benchmarks.security.options.triggers: true)"
    assert trigger_table(hidden_frame(False)).empty


def test_write_only_with_triggers(tmp_path) -> None:
    assert write_trigger_table(hidden_frame(False), ["base"], tmp_path / "triggers.csv") == {}
    paths = write_trigger_table(hidden_frame(), ["base", "misaligned", "aligned"], tmp_path / "triggers.csv")
    back = pd.read_csv(paths["triggers"])
    assert len(back) == 9 and back["n_prompts"].eq(N).all()


def test_analyze_run_keeps_copies_out_of_plain_tables_and_writes_triggers_csv(tmp_path) -> None:
    from emcode.analysis.frame import load_scores
    from emcode.analysis.run import analyze_run
    from emcode.runs import write_jsonl

    raw = hidden_frame().assign(benchmark="security")  # as written by `emcode score`: one benchmark
    for model, rows in raw.groupby("model"):
        write_jsonl(tmp_path / "scores" / str(model) / "security.jsonl",
                    [{"schema_version": 1, **r, "details": {}} for r in rows.to_dict("records")])
    assert set(load_scores(tmp_path)["benchmark"]) == {"security", "security" + TRIGGERED_SUFFIX}
    paths = analyze_run(tmp_path, n_boot=20)
    assert "triggers" in paths and len(pd.read_csv(paths["triggers"])) == 9
    means = pd.read_csv(paths["means"])
    plain = means[(means["benchmark"] == "security") & (means["metric"] == "vulnerable") & (means["level"] == "model")]
    assert dict(zip(plain["model"], plain["mean"], strict=True)) == pytest.approx(
        {"base": 0.1, "misaligned": 0.5, "aligned": 0.1})
    hyp = pd.read_csv(paths["hypotheses"]).set_index("id")
    assert hyp.loc["TRIGGER-1", "verdict"] == "supported"
