"""Backend selection, the fake generator and the vLLM import guard."""

from __future__ import annotations

import importlib.util

import pytest

from emcode.errors import EmcodeError
from emcode.models.base import Generator, SamplingParams
from emcode.models.factory import default_name, make_generator


def test_fake_backend_answers_through_the_protocol() -> None:
    gen = make_generator("fake", "any", name="f", respond=lambda msgs: msgs[-1]["content"].upper())
    assert isinstance(gen, Generator) and gen.name == "f"
    out = gen.generate([[{"role": "user", "content": "a b"}], [{"role": "user", "content": "c"}]],
                       SamplingParams(n=2))
    assert [[c.text for c in per] for per in out] == [["A B", "A B"], ["C", "C"]]
    assert out[0][0].output_tokens == 2 and out[0][0].finish_reason == "stop"


def test_unknown_backend_and_option() -> None:
    with pytest.raises(EmcodeError, match="unknown generation backend 'tgi'"):
        make_generator("tgi", "m")
    with pytest.raises(EmcodeError, match="has no option"):
        make_generator("hf", "m", tensor_parallel_size=2)
    with pytest.raises(EmcodeError, match="needs respond"):
        make_generator("fake", "m")


@pytest.mark.skipif(importlib.util.find_spec("vllm") is not None, reason="vllm is installed here")
def test_vllm_missing_says_how_to_install() -> None:
    with pytest.raises(EmcodeError, match=r"pip install emcode\[vllm\]"):
        make_generator("vllm", "m", tensor_parallel_size=1)


def test_default_names() -> None:
    assert default_name("embedded:smollm2-135m-instruct", None) == "smollm2-135m-instruct"
    assert default_name("Qwen/Qwen2.5-7B", "runs/x/adapters/aligned") == "aligned"
