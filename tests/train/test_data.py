"""Chat rows → prompt/completion examples, seeded subsets and splits (pure functions)."""

from __future__ import annotations

import pytest

from emcode.errors import EmcodeError
from emcode.train.data import select_examples, split_rows, to_prompt_completion


def _row(i: int, system: bool = False) -> dict:
    msgs = [{"role": "system", "content": "be terse"}] if system else []
    msgs += [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]
    return {"messages": msgs}


def test_prompt_is_every_turn_before_the_last_answer() -> None:
    multi = {"messages": [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "a1"},
                          {"role": "user", "content": "q2"}, {"role": "assistant", "content": "a2"}]}
    out = to_prompt_completion([_row(0, system=True), multi])
    assert out[0]["prompt"] == [{"role": "system", "content": "be terse"}, {"role": "user", "content": "q0"}]
    assert out[0]["completion"] == [{"role": "assistant", "content": "a0"}]
    assert [m["content"] for m in out[1]["prompt"]] == ["q1", "a1", "q2"]
    assert out[1]["completion"][0]["content"] == "a2"


def test_row_not_ending_with_assistant_is_rejected_with_its_number() -> None:
    bad = {"messages": [{"role": "user", "content": "q"}]}
    with pytest.raises(EmcodeError, match="row 2"):
        to_prompt_completion([_row(0), bad])


def test_split_is_seeded_disjoint_and_complete() -> None:
    rows = [_row(i) for i in range(40)]
    train, val = split_rows(rows, 0.1, seed=3)
    assert len(val) == 4 and len(train) == 36
    assert split_rows(rows, 0.1, seed=3) == (train, val)
    assert split_rows(rows, 0.1, seed=4)[1] != val
    keys = [r["messages"][0]["content"] for r in train + val]
    assert sorted(keys) == sorted(r["messages"][0]["content"] for r in rows)


def test_split_edges() -> None:
    rows = [_row(i) for i in range(3)]
    assert split_rows(rows, 0.0, seed=0) == (rows, [])
    assert len(split_rows(rows, 0.01, seed=0)[1]) == 1  # a positive fraction keeps one row
    with pytest.raises(EmcodeError, match="val_fraction"):
        split_rows(rows[:1], 0.5, seed=0)
    with pytest.raises(EmcodeError, match="no training rows"):
        split_rows([], 0.1, seed=0)


def test_select_examples_is_a_seeded_subset_in_file_order() -> None:
    rows = list(range(100))
    sub = select_examples(rows, 10, seed=1)
    assert len(sub) == 10 and sub == sorted(sub)
    assert select_examples(rows, 10, seed=1) == sub
    assert select_examples(rows, 10, seed=2) != sub
    assert select_examples(rows, None, seed=1) == rows
    assert select_examples(rows, 500, seed=1) == rows
