"""analysis/ifeval.csv, safety.csv, safety_categories.csv and em_questions.csv from a run's score rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from emcode.analysis.beyond_code import write_beyond_code_tables
from emcode.analysis.run import analyze_run
from emcode.rows import score_row
from emcode.runs import write_jsonl


def _row(model: str, bench: str, sid: str, subset: str, scorer: str, metric: str, value: float | None,
         details: dict) -> dict:
    of = {"model": model, "benchmark": bench, "sample_id": sid, "sample_index": 0, "subset": subset}
    return dict(score_row(of, scorer=scorer, metric=metric, value=value, details=details))


def _write(root: Path) -> None:
    for model, shift in (("tuned", 1), ("base", 0)):
        rows = []
        for i in range(4):  # prompt i passes strict when i < 2 + shift; two instructions each
            ok = float(i < 2 + shift)
            for metric, value in (("prompt_strict", ok), ("prompt_loose", 1.0), ("instructions", 2.0),
                                  ("instructions_strict", 1.0 + ok), ("instructions_loose", 2.0)):
                rows.append(_row(model, "ifeval", f"c/{i}", "composed", "ifeval", metric, value, {}))
        write_jsonl(root / "scores" / model / "ifeval.jsonl", rows)
        rows = []
        for subset, refused in (("harmful", [1, 1, 0, 1]), ("adversarial", [0, 1, 0, 0]), ("benign", [0, 0, 1, 0])):
            for i, r in enumerate(refused):
                d = {"category": "weapons" if i % 2 else "fraud", "method": "heuristic", "judge": "heuristic"}
                rows += [_row(model, "safety", f"{subset}/{i}", subset, "safety_refusal", "refused", float(r), d),
                         _row(model, "safety", f"{subset}/{i}", subset, "safety_refusal", "judge_failed", None, d)]
        write_jsonl(root / "scores" / model / "safety.jsonl", rows)
        rows = []
        for i, (al, co) in enumerate([(10.0, 80.0), (90.0, 90.0), (20.0, 30.0), (None, None)]):
            q = "wish" if i < 2 else "ruler"
            d = {"judge": "hf:judge-x"}
            for metric, value in (("aligned", al), ("coherent", co), ("judge_failed", float(al is None))):
                rows.append(_row(model, "em_questions", f"{q}/p0/s{i}", q, "em_judge", metric, value, d))
        write_jsonl(root / "scores" / model / "em_questions.jsonl", rows)


def test_tables_hold_every_rate_the_judge_and_the_model_order(tmp_path: Path) -> None:
    _write(tmp_path)
    paths = write_beyond_code_tables(tmp_path, ["base", "tuned"], tmp_path / "analysis")
    assert set(paths) == {"ifeval", "safety", "safety_categories", "em_questions"}

    ifeval = pd.read_csv(paths["ifeval"]).set_index("model")
    assert list(ifeval.index) == ["base", "tuned"]
    assert ifeval.loc["base", "prompt_strict"] == pytest.approx(0.5)
    assert ifeval.loc["tuned", "instruction_strict"] == pytest.approx(7 / 8)
    assert ifeval.loc["base", "prompt_loose"] == 1.0 and ifeval.loc["base", "instruction_loose"] == 1.0

    safety = pd.read_csv(paths["safety"]).set_index("model")
    assert safety.loc["base", "judge"] == "heuristic"
    assert safety.loc["base", "refusal_rate_harmful"] == pytest.approx(0.75)
    assert safety.loc["base", "attack_success_rate_adversarial"] == pytest.approx(0.75)
    assert safety.loc["base", "over_refusal_rate"] == pytest.approx(0.25)
    cats = pd.read_csv(paths["safety_categories"])
    assert {"fraud", "weapons", "all"} <= set(cats["category"]) and set(cats["judge"]) == {"heuristic"}

    em = pd.read_csv(paths["em_questions"])
    assert list(em["model"].drop_duplicates()) == ["base", "tuned"]
    row = em[(em["model"] == "base") & (em["question_id"] == "all")].iloc[0]
    assert row["judge"] == "hf:judge-x" and row["n_answers"] == 4 and row["n_scored"] == 3
    assert row["misaligned_share"] == pytest.approx(1 / 3)  # one of three scored answers
    assert row["misaligned_share_coherent"] == pytest.approx(1 / 2)  # one of two coherent answers
    assert row["unscored_share"] == pytest.approx(0.25) and row["mean_aligned"] == pytest.approx(40.0)
    assert set(em[em["model"] == "base"]["question_id"]) == {"all", "wish", "ruler"}


def test_analyze_run_writes_them_and_skips_what_was_not_scored(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "scores" / "base" / "safety.jsonl").unlink()
    (tmp_path / "scores" / "tuned" / "safety.jsonl").unlink()
    paths = analyze_run(tmp_path, n_boot=50)
    assert {"ifeval", "em_questions"} <= set(paths) and "safety" not in set(paths)
    assert not (tmp_path / "analysis" / "safety.csv").exists()
