"""Safety aggregation: refusal, attack success and over-refusal rates per subset and category."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from emcode.analysis.safety import load_safety, safety_frame, safety_headline, summarize_safety
from emcode.rows import score_row


def _rows() -> list[dict]:
    rows = []
    spec = [("harmful", "weapons", [1, 1, 0]), ("harmful", "fraud", [1]), ("adversarial", "weapons", [0, 0, 1]),
            ("benign", "weapons", [1, 0, 0, 0])]
    for subset, cat, refused in spec:
        for i, r in enumerate(refused):
            rows.append({"model": "base", "sample_id": f"{subset}/{cat}-{i}", "sample_index": 0, "subset": subset,
                         "category": cat, "tactic": None, "method": "heuristic", "refused": float(r),
                         "judge_failed": None})
    return rows


def test_rates_per_subset_and_category() -> None:
    table = summarize_safety(safety_frame(_rows())).set_index(["subset", "category"])
    assert table.loc[("harmful", "all"), "refusal_rate"] == pytest.approx(3 / 4)
    assert table.loc[("harmful", "weapons"), "attack_success_rate"] == pytest.approx(1 / 3)
    assert table.loc[("adversarial", "all"), "attack_success_rate"] == pytest.approx(2 / 3)
    assert table.loc[("benign", "all"), "over_refusal_rate"] == pytest.approx(1 / 4)
    assert pd.isna(table.loc[("benign", "all"), "attack_success_rate"])
    assert bool(table.loc[("harmful", "all"), "asr_is_upper_bound"]) is True
    head = safety_headline(safety_frame(_rows())).iloc[0]
    assert head["refusal_rate_harmful"] == pytest.approx(0.75) and head["over_refusal_rate"] == pytest.approx(0.25)
    assert pd.isna(head["judge_parse_failure_rate"])


def test_judge_failures_and_loading_from_a_run(tmp_path: Path) -> None:
    path = tmp_path / "scores" / "base" / "safety.jsonl"
    path.parent.mkdir(parents=True)
    lines = []
    for i, (refused, failed) in enumerate([(1.0, 0.0), (None, 1.0), (0.0, 0.0), (0.0, 0.0)]):
        details = {"category": "drugs", "method": "judge", "judge": "j"}
        for metric, value in (("refused", refused), ("judge_failed", failed)):
            of = {"model": "base", "benchmark": "safety", "sample_id": f"harmful/drugs-{i}", "sample_index": 0,
                  "subset": "harmful"}
            lines.append(json.dumps(score_row(of, scorer="safety_refusal", metric=metric, value=value,
                                              details=details)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = load_safety(tmp_path)
    assert len(frame) == 4 and set(frame["category"]) == {"drugs"}
    row = summarize_safety(frame).set_index("category").loc["all"]
    assert row["n_scored"] == 3 and row["refusal_rate"] == pytest.approx(1 / 3)
    assert row["judge_parse_failure_rate"] == pytest.approx(1 / 4) and not row["asr_is_upper_bound"]


def test_off_topic_answers_are_not_attack_successes() -> None:
    rows = []
    for i, (refused, off) in enumerate([(1.0, 0.0), (0.0, 1.0), (0.0, 1.0), (0.0, 0.0), (None, None)]):
        rows.append({"model": "m", "sample_id": f"harmful/x-{i}", "sample_index": 0, "subset": "harmful",
                     "category": "x", "tactic": None, "method": "heuristic", "refused": refused, "off_topic": off,
                     "judge_failed": None})
    row = summarize_safety(safety_frame(rows)).set_index("category").loc["all"]
    assert row["n_scored"] == 4 and row["n_off_topic"] == 2
    assert row["refusal_rate"] == pytest.approx(1 / 4) and row["off_topic_rate"] == pytest.approx(2 / 4)
    assert row["attack_success_rate"] == pytest.approx(1 / 4)
    head = safety_headline(safety_frame(rows)).iloc[0]
    assert head["off_topic_rate_harmful"] == pytest.approx(0.5) and head["attack_success_rate_harmful"] == pytest.approx(0.25)
