"""Chunked generation of the transformers backend: finished rows leave the batch, nothing else changes.

A tiny random Llama (built in the test session) in fp32. Its greedy output repeats one token, so
rows are sampled, and a token one prompt samples at a known step is declared the end-of-sequence
token to make rows finish early on purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from emcode.models.base import SamplingParams
from emcode.models.hf import HFGenerator

PROMPTS = [
    [{"role": "user", "content": "hi"}],
    [{"role": "user", "content": "Write a function that reads a file and returns its lines, please."}],
    [{"role": "user", "content": "What is 2 + 2?"}],
    [{"role": "user", "content": "Sort a list of numbers in Python without using sorted()."}],
]
MAX_NEW = 12
STOPPER = 1  # the longest prompt: first in its batch, so its leaving moves every other row up


@pytest.fixture(scope="module")
def gen(tiny_llama_dir: Path) -> HFGenerator:
    g = HFGenerator(str(tiny_llama_dir), name="tiny", batch_size=4, device="cpu", dtype="fp32")
    yield g
    g.close()


SAMPLING = SamplingParams(max_new_tokens=MAX_NEW, temperature=1.0, top_p=0.95, seed=3)


def _spy(gen: HFGenerator, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, list[list[int]]]]:
    """Record ``(rows, new tokens asked, tokens made)`` of every ``model.generate`` call."""
    calls: list[tuple[int, int, list[list[int]]]] = []
    real = gen.model.generate

    def spy(*args: Any, **kwargs: Any) -> Any:
        seqs = real(*args, **kwargs)
        width = kwargs["input_ids"].shape[1]
        calls.append((kwargs["input_ids"].shape[0], kwargs["max_new_tokens"], seqs[:, width:].tolist()))
        return seqs

    monkeypatch.setattr(gen.model, "generate", spy)
    return calls


def _settings(gen: HFGenerator, monkeypatch: pytest.MonkeyPatch, eos: int, chunk: int) -> None:
    monkeypatch.setattr(gen, "eos_ids", [eos])
    monkeypatch.setattr(gen, "chunk_tokens", chunk)


@pytest.fixture(scope="module")
def refs(gen: HFGenerator) -> list[list[int]]:
    """Each prompt sampled alone in one ``generate`` call with an EOS that cannot occur: the reference."""
    with pytest.MonkeyPatch.context() as mp:
        _settings(gen, mp, gen.model.config.vocab_size + 5, MAX_NEW)
        calls = _spy(gen, mp)
        for p in PROMPTS:
            gen.generate([p], SAMPLING)
    assert [(rows, k) for rows, k, _ in calls] == [(1, MAX_NEW)] * len(PROMPTS)
    return [made[0] for _, _, made in calls]


@pytest.fixture(scope="module")
def early_eos(refs: list[list[int]]) -> tuple[int, list[int | None]]:
    """A token STOPPER samples at step >= 2 (declared EOS) and where each prompt first makes it."""
    for step, tok in enumerate(refs[STOPPER][:MAX_NEW - 4]):
        stops = [ref.index(tok) if tok in ref else None for ref in refs]
        if step >= 2 and stops[STOPPER] == step and all(s is None or s > step + 2 for i, s in enumerate(stops)
                                                          if i != STOPPER):
            return tok, stops
    pytest.skip("the tiny model sampled no token that ends STOPPER well before the other prompts")


def test_finished_rows_leave_and_counts_are_right(gen: HFGenerator, refs: list[list[int]],
                                                  early_eos: tuple[int, list[int | None]],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    eos, stops = early_eos
    _settings(gen, monkeypatch, eos, chunk=2)
    calls = _spy(gen, monkeypatch)
    out = gen.generate(PROMPTS, SAMPLING)
    for per, ref, stop in zip(out, refs, stops, strict=True):
        c = per[0]
        if stop is None:
            assert (c.finish_reason, c.output_tokens) == ("length", MAX_NEW)
            assert c.text == gen.tokenizer.decode(ref, skip_special_tokens=True)
        else:  # the EOS is counted, not kept
            assert (c.finish_reason, c.output_tokens) == ("stop", stop + 1)
            assert c.text == gen.tokenizer.decode(ref[:stop], skip_special_tokens=True)
    live = [sum(s is None or s >= k for s in stops) for k in range(0, MAX_NEW, 2)]
    assert [rows for rows, _, _ in calls] == [n for n in live if n]  # a row is gone from every later chunk
    assert live[0] > live[-1] and all(k == 2 for _, k, _ in calls)


def test_chunks_and_batch_mates_change_no_sample(gen: HFGenerator, early_eos: tuple[int, list[int | None]],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-row generators follow the rows that remain: chunked = one call, draw for draw."""
    eos, _ = early_eos
    params = SamplingParams(max_new_tokens=MAX_NEW, temperature=1.0, top_p=0.95, seed=3, n=2)  # sample 0 = refs
    results = []
    for chunk, batch in ((MAX_NEW, 4), (5, 4), (1, 4), (3, 3)):  # one call per batch ... one per token
        _settings(gen, monkeypatch, eos, chunk)
        monkeypatch.setattr(gen, "batch_size", batch)
        out = gen.generate(PROMPTS, params)
        results.append([[(c.text, c.output_tokens, c.finish_reason) for c in per] for per in out])
    assert results[0] == results[1] == results[2] == results[3]
    assert len({text for per in results[0] for text, _, _ in per}) > 4  # the samples really differ
    assert {reason for per in results[0] for _, _, reason in per} == {"stop", "length"}  # rows did leave


def test_greedy_equals_unbatched_generate(gen: HFGenerator, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setattr(gen, "chunk_tokens", 3)
    out = gen.generate(PROMPTS, SamplingParams(max_new_tokens=MAX_NEW, temperature=0.0))
    for per, messages in zip(out, PROMPTS, strict=True):
        enc = gen.tokenizer(gen.render(messages), add_special_tokens=False, return_tensors="pt")
        with torch.inference_mode():
            seq = gen.model.generate(**enc, max_new_tokens=MAX_NEW, do_sample=False, eos_token_id=gen.eos_ids,
                                     temperature=None, top_p=None, top_k=None)
        ref = seq[0, enc["input_ids"].shape[1]:].tolist()
        stop = next((i for i, t in enumerate(ref) if t in gen.eos_ids), None)
        assert per[0].output_tokens == (len(ref) if stop is None else stop + 1)
        assert per[0].text == gen.tokenizer.decode(ref[:stop], skip_special_tokens=True)


def test_all_rows_stopping_ends_the_batch(gen: HFGenerator, early_eos: tuple[int, list[int | None]],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    eos, stops = early_eos
    _settings(gen, monkeypatch, eos, chunk=2)
    calls = _spy(gen, monkeypatch)
    out = gen.generate([PROMPTS[STOPPER]], SAMPLING)
    assert out[0][0].output_tokens == stops[STOPPER] + 1
    assert len(calls) == stops[STOPPER] // 2 + 1  # no chunk after the last row stopped


def test_settings_name_the_loaded_dtype(tiny_llama_dir: Path) -> None:
    g = HFGenerator(str(tiny_llama_dir), name="tiny", batch_size=2, device="cpu", dtype="bf16", chunk_tokens=4)
    try:
        assert g.settings == {"dtype": "bfloat16", "batch_size": 2, "chunk_tokens": 4}
        out = g.generate([PROMPTS[2]], SamplingParams(max_new_tokens=6, temperature=0.0))[0][0]
        assert out.extra["dtype"] == "bfloat16" and 0 < out.output_tokens <= 6
    finally:
        g.close()
