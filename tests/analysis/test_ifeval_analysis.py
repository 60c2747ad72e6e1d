"""IFEval aggregation: instruction-level rates are pooled over instructions, not averaged per prompt."""

from __future__ import annotations

import pandas as pd
import pytest

from emcode.analysis.ifeval import ifeval_rates, summarize_ifeval


def test_four_rates() -> None:
    answers = pd.DataFrame([
        {"model": "a", "prompt_strict": 1.0, "prompt_loose": 1.0, "instructions": 1, "instructions_strict": 1,
         "instructions_loose": 1},
        {"model": "a", "prompt_strict": 0.0, "prompt_loose": 1.0, "instructions": 3, "instructions_strict": 1,
         "instructions_loose": 3},
        {"model": "b", "prompt_strict": 0.0, "prompt_loose": 0.0, "instructions": 2, "instructions_strict": 0,
         "instructions_loose": 1},
    ])
    rates = ifeval_rates(answers[answers["model"] == "a"])
    assert rates["prompt_strict"] == 0.5 and rates["prompt_loose"] == 1.0
    assert rates["instruction_strict"] == pytest.approx(2 / 4) and rates["instruction_loose"] == 1.0
    table = summarize_ifeval(answers).set_index("model")
    assert table.loc["b", "instruction_loose"] == 0.5 and table.loc["a", "n_instructions"] == 4
    with pytest.raises(KeyError):
        ifeval_rates(answers.drop(columns=["instructions"]))
