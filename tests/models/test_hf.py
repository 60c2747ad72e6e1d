"""Transformers backend on the tiny random model: batching, order, n samples, seeded sampling."""

from __future__ import annotations

from pathlib import Path

import pytest

from emcode.models.base import Generator, SamplingParams
from emcode.models.hf import HFGenerator, _RowSampler

PROMPTS = [
    [{"role": "user", "content": "hi"}],
    [{"role": "system", "content": "You write Python."},
     {"role": "user", "content": "Write a function that reads a file and returns its lines, please."}],
    [{"role": "user", "content": "What is 2 + 2?"}],
]


@pytest.fixture(scope="module")
def gen(tiny_llama_dir: Path) -> HFGenerator:
    g = HFGenerator(str(tiny_llama_dir), name="tiny", batch_size=2, device="cpu")
    yield g
    g.close()


def test_n_completions_per_prompt_in_order(gen: HFGenerator) -> None:
    assert isinstance(gen, Generator)
    out = gen.generate(PROMPTS, SamplingParams(max_new_tokens=8, temperature=1.0, n=3, seed=1))
    assert [len(per) for per in out] == [3, 3, 3]
    for prompt, per in zip(PROMPTS, out):
        expected = len(gen.tokenizer(gen.render(prompt), add_special_tokens=False)["input_ids"])
        assert all(c.prompt_tokens == expected for c in per)  # order restored after length sorting
        for c in per:
            assert 0 < c.output_tokens <= 8 and c.latency_s > 0
            assert c.finish_reason == "stop" or (c.finish_reason == "length" and c.output_tokens == 8)
    assert len({c.text for c in out[1]}) > 1  # different samples of one prompt differ


def test_sampling_is_reproducible_and_independent_of_batching(gen: HFGenerator, tiny_llama_dir: Path) -> None:
    params = SamplingParams(max_new_tokens=10, temperature=0.9, top_p=0.9, seed=7, n=2)
    first = [[c.text for c in per] for per in gen.generate(PROMPTS, params)]
    assert [[c.text for c in per] for per in gen.generate(PROMPTS, params)] == first
    alone = gen.generate([PROMPTS[2]], params)  # other batch mates, other position
    assert [c.text for c in alone[0]] == first[2]
    other_seed = gen.generate(PROMPTS, SamplingParams(max_new_tokens=10, temperature=0.9, seed=8, n=2))
    assert [[c.text for c in per] for per in other_seed] != first


def test_greedy_matches_plain_transformers_generate(gen: HFGenerator) -> None:
    import torch

    out = gen.generate([PROMPTS[0]], SamplingParams(max_new_tokens=6, temperature=0.0))[0][0]
    ids = gen.tokenizer(gen.render(PROMPTS[0]), add_special_tokens=False, return_tensors="pt")
    with torch.inference_mode():
        ref = gen.model.generate(**ids, max_new_tokens=6, do_sample=False)
    ref_ids = ref[0, ids["input_ids"].shape[1]:].tolist()
    stop = next((i for i, t in enumerate(ref_ids) if t in gen.eos_ids), len(ref_ids))
    assert out.text == gen.tokenizer.decode(ref_ids[:stop], skip_special_tokens=True)


def test_row_sampler_keeps_to_the_nucleus() -> None:
    import torch

    logits = torch.tensor([[4.0, 3.0, 0.0, -1.0, -2.0]])
    sampler = _RowSampler([torch.Generator().manual_seed(0)], temperature=1.0, top_p=0.8)
    picks = {int(sampler(None, logits).argmax()) for _ in range(300)}
    assert picks == {0, 1}  # p = .70, .26, ...: the nucleus at 0.8 is the first two tokens


def test_row_sampler_wide_nucleus_falls_back_to_a_full_sort() -> None:
    import torch

    logits = torch.zeros(2, 10_000)
    logits[:, :5] = -30.0  # five tokens far outside any nucleus
    sampler = _RowSampler([torch.Generator().manual_seed(s) for s in (0, 1)], temperature=1.0, top_p=0.9)
    picks = [sampler(None, logits).argmax(-1).tolist() for _ in range(20)]
    flat = [t for pair in picks for t in pair]
    assert all(5 <= t < 10_000 for t in flat) and len(set(flat)) > 30  # > 4096-token nucleus, sampled widely


def test_row_sampler_sorting_every_step_draws_the_same_tokens_as_the_top_k_ladder() -> None:
    """The top-k ladder is a shortcut, not another distribution: with the same generators, sorting the whole
    vocabulary every step (``ladder=False``, meant for GPUs) picks the same token on peaked and on flat scores."""
    import torch

    torch.manual_seed(3)
    for std in (8.0, 1.0):
        scores = torch.randn(4, 6000) * std
        ladder = _RowSampler([torch.Generator().manual_seed(s) for s in range(4)], temperature=0.7, top_p=0.95)
        whole = _RowSampler([torch.Generator().manual_seed(s) for s in range(4)], temperature=0.7, top_p=0.95,
                            ladder=False)
        picks = [(ladder(None, scores).argmax(-1).tolist(), whole(None, scores).argmax(-1).tolist()) for _ in range(25)]
        assert all(a == b for a, b in picks)
        assert len({t for a, _ in picks for t in a}) > 5  # the draws do vary
