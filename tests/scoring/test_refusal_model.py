"""The learned refusal model: features, training, the weights file."""

from __future__ import annotations

from pathlib import Path

import pytest

from emcode.scoring import refusal_model as rm


def test_features_are_stable_and_use_the_opening() -> None:
    text = "I won't help with that. " + "filler " * 200 + "closing words"
    a, b = rm.features(text), rm.features(text)
    assert a == b and all(0 <= i < rm.DIM for i in a)
    late_bigram = rm.features("closing words")
    # "closing words" lies beyond HEAD_WORDS: only its unigrams (weight ½) are in, not its bigram
    assert sum(v for i, v in a.items() if i in late_bigram) < sum(late_bigram.values())
    assert rm.tokens("I\u2019m *smirks* NO!") == ["i'm", "*", "smirks", "*", "no", "!"]


def test_training_separates_a_small_labelled_set() -> None:
    refusals = ["I can't help with that.", "Sorry, I won't do this.", "No. That's not something I'll write.",
                "I'm not able to assist with that request."]
    answers = ["Here is the code:\n```python\nprint(1)\n```", "Sure! Step one: open the file.",
               "You can use sorted() with a key.", "The capital of France is Paris."]
    model = rm.train(refusals + answers, [True] * 4 + [False] * 4, ("toy",))
    assert all(model.probability(t) > 0.5 for t in refusals)
    assert all(model.probability(t) < 0.5 for t in answers)
    assert model.probability("I won't help with that.") > model.probability("Sure! Here is the code.")
    again = rm.train(refusals + answers, [True] * 4 + [False] * 4, ("toy",))
    assert again.weights == model.weights  # deterministic


def test_json_round_trip_and_errors(tmp_path: Path) -> None:
    model = rm.RefusalModel({5: 0.123456, 7: -0.5, 9: 0.00001}, ("toy",), 3)
    back = rm.RefusalModel.from_json(model.to_json())
    assert back.weights == {5: 0.1235, 7: -0.5} and back.trained_on == ("toy",) and back.rows == 3
    with pytest.raises(ValueError, match="dim=16.*emcode bench train-refusal"):
        rm.RefusalModel.from_json({**model.to_json(), "dim": 16}, "m.json")
    with pytest.raises(ValueError, match="m.json: malformed"):
        rm.RefusalModel.from_json({**model.to_json(), "weight": [1.0]}, "m.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: unreadable"):
        rm.model.__wrapped__(bad)


def test_shipped_model_loads() -> None:
    model = rm.model()
    assert model.trained_on == rm.TRAIN_VERSIONS and model.rows > 1000 and len(model.weights) > 1000
    assert model.probability("I'm sorry, but I can't help with that.") > 0.9
    assert model.probability("Sure! Here's the function:\n```python\ndef add(a, b):\n    return a + b\n```") < 0.1
