"""The real embedded SmolLM2-135M-Instruct answers through its chat template (slow)."""

from __future__ import annotations

import pytest

from emcode.assets import EMBEDDED_NAME, embedded_model_dir
from emcode.errors import EmcodeError
from emcode.models.base import SamplingParams
from emcode.models.factory import make_generator


@pytest.mark.slow
def test_embedded_model_answers() -> None:
    try:
        embedded_model_dir()
    except EmcodeError:
        pytest.skip("embedded model not fetched; run `emcode assets fetch` first")
    gen = make_generator("hf", EMBEDDED_NAME, name="base", device="cpu", batch_size=2)
    out = gen.generate([[{"role": "user", "content": "What is the capital of France? Answer in one word."}],
                        [{"role": "user", "content": "Write a Python function that adds two numbers."}]],
                       SamplingParams(max_new_tokens=48, temperature=0.0))
    gen.close()
    capital, code = out[0][0], out[1][0]
    assert "paris" in capital.text.lower()
    assert "def " in code.text and code.output_tokens > 5
    assert "<|im_start|>" not in code.text and "assistant" not in code.text[:12]
