"""Interventions on every tested family: steering adds exactly the vector at the chosen layer, ablation leaves
every layer's output orthogonal to the direction, the random control has the direction's norm and is seeded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from emcode.errors import EmcodeError
from emcode.models.base import SamplingParams
from emcode.models.hf import HFGenerator
from emcode.models.intervene import Intervention, attach, install, random_like
from emcode.models.layers import decoder_layers, hidden_of
from emcode.models.loading import load_model
from tests.models.tiny_families import FAMILIES, build_family


@pytest.fixture(scope="module", params=list(FAMILIES))
def tiny(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any, Any]:
    """A tiny random model of one family, loaded in fp32 on CPU."""
    path = build_family(request.param, tmp_path_factory.mktemp(f"iv-{request.param}") / "model")
    model, tok = load_model(str(path), device="cpu", dtype="fp32")
    return path, model.eval(), tok


def _layer_outputs(model: Any, ids: torch.Tensor) -> list[torch.Tensor]:
    """Every decoder layer's output hidden state for ``ids`` (captured after any intervention hook)."""
    seen: list[torch.Tensor] = []
    handles = [layer.register_forward_hook(lambda m, a, out: seen.append(hidden_of(out).detach().clone()))
               for layer in decoder_layers(model)]
    try:
        with torch.inference_mode():
            model(input_ids=ids, use_cache=False)
    finally:
        for h in handles:
            h.remove()
    return seen


def test_layers_found_by_structure(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    assert len(decoder_layers(model)) == model.config.num_hidden_layers == 2


def test_steer_adds_exactly_the_vector_at_its_layer(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    ids = torch.tensor([[3, 7, 11, 5, 9]])
    width = model.config.hidden_size
    vec = np.random.default_rng(1).standard_normal(width).astype(np.float32)
    clean = _layer_outputs(model, ids)
    # the capture hook is registered after the steering hook, so it sees the steered output of layer 0
    hooks = install(model, Intervention("steer", 0, vec, scale=2.0))
    try:
        steered = _layer_outputs(model, ids)
    finally:
        hooks.remove()
    torch.testing.assert_close(steered[0] - clean[0], torch.from_numpy(2.0 * vec).expand_as(clean[0]),
                               rtol=1e-5, atol=1e-5)
    assert not torch.allclose(steered[1], clean[1])  # the change propagates to later layers
    torch.testing.assert_close(_layer_outputs(model, ids)[0], clean[0])  # removed: back to the clean model


def test_ablation_leaves_every_layer_orthogonal(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    ids = torch.tensor([[3, 7, 11, 5, 9, 2]])
    vec = np.random.default_rng(2).standard_normal(model.config.hidden_size).astype(np.float32) * 5
    unit = torch.from_numpy(vec / np.linalg.norm(vec))
    before = [float((h @ unit).abs().max()) for h in _layer_outputs(model, ids)]
    assert max(before) > 1e-3  # the clean model has a component along it to remove
    hooks = install(model, Intervention("ablate", 1, vec))
    try:
        after = _layer_outputs(model, ids)
    finally:
        hooks.remove()
    for h in after:
        assert float((h @ unit).abs().max()) < 1e-4 * float(h.norm(dim=-1).max())


def test_generation_runs_with_hooks_and_changes_with_them(tiny: tuple[Path, Any, Any]) -> None:
    path, _, _ = tiny
    gen = HFGenerator(str(path), name="t", batch_size=2, device="cpu", dtype="fp32")
    prompts = [[{"role": "user", "content": "Write a function."}]]
    params = SamplingParams(max_new_tokens=6, temperature=0.0)
    clean = gen.generate(prompts, params)[0][0].text
    big = np.full(gen.model.config.hidden_size, 50.0, dtype=np.float32)
    hooks = attach(gen, Intervention("steer", 1, big))
    steered = gen.generate(prompts, params)[0][0].text
    hooks.remove()
    assert gen.generate(prompts, params)[0][0].text == clean
    assert steered != clean
    gen.close()


def test_random_control_same_norm_and_seeded() -> None:
    vec = np.arange(1, 65, dtype=np.float32)
    a, b, c = random_like(vec, (0, 15)), random_like(vec, (0, 15)), random_like(vec, (1, 15))
    assert np.isclose(np.linalg.norm(a), np.linalg.norm(vec), rtol=1e-6)
    assert np.array_equal(a, b) and not np.allclose(a, c)
    assert abs(float(a @ vec) / (np.linalg.norm(a) * np.linalg.norm(vec))) < 0.5  # not the direction itself


def test_bad_interventions_are_clear_errors(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    width = model.config.hidden_size
    with pytest.raises(EmcodeError, match="layers 0–1"):
        install(model, Intervention("steer", 2, np.ones(width, dtype=np.float32)))
    with pytest.raises(EmcodeError, match="hidden size"):
        install(model, Intervention("steer", 0, np.ones(width + 1, dtype=np.float32)))
    with pytest.raises(EmcodeError, match="zero"):
        install(model, Intervention("ablate", 0, np.zeros(width, dtype=np.float32)))
    with pytest.raises(EmcodeError, match="backend: hf"):
        attach(object(), Intervention("steer", 0, np.ones(width, dtype=np.float32)))


def test_mean_ablation_clamps_the_component_to_its_anchor(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    ids = torch.tensor([[3, 7, 11, 5]])
    vec = np.random.default_rng(3).standard_normal(model.config.hidden_size).astype(np.float32)
    unit = torch.from_numpy(vec / np.linalg.norm(vec))
    anchors = (1.5, -2.0)
    hooks = install(model, Intervention("mean_ablate", 0, vec, anchors=anchors))
    try:
        after = _layer_outputs(model, ids)
    finally:
        hooks.remove()
    for h, a in zip(after, anchors, strict=True):
        torch.testing.assert_close(h @ unit, torch.full(h.shape[:-1], a), rtol=1e-4, atol=1e-4)
    with pytest.raises(EmcodeError, match="one anchor per decoder layer"):
        install(model, Intervention("mean_ablate", 0, vec, anchors=(1.0,)))


def test_skip_first_spares_the_first_token_only(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    ids = torch.tensor([[3, 7, 11, 5, 9]])
    vec = np.random.default_rng(4).standard_normal(model.config.hidden_size).astype(np.float32)
    unit = torch.from_numpy(vec / np.linalg.norm(vec))
    hooks = install(model, Intervention("ablate", 1, vec, skip_first=True))
    try:
        after = _layer_outputs(model, ids)
    finally:
        hooks.remove()
    clean = _layer_outputs(model, ids)
    for h, c in zip(after, clean, strict=True):
        assert float((h[0, 1:] @ unit).abs().max()) < 1e-4 * float(h.norm(dim=-1).max())  # the rest ablated
        torch.testing.assert_close(h[0, 0], c[0, 0])  # causal: the first token sees only itself, left untouched


def test_skip_first_finds_the_first_real_token_under_left_padding(tiny: tuple[Path, Any, Any]) -> None:
    path, _, _ = tiny
    gen = HFGenerator(str(path), name="t", batch_size=2, device="cpu", dtype="fp32")
    short = [{"role": "user", "content": "Hi."}]
    long = [{"role": "user", "content": "Write a function that adds two numbers and returns the sum."}]
    vec = np.random.default_rng(5).standard_normal(gen.model.config.hidden_size).astype(np.float32)
    unit = torch.from_numpy(vec / np.linalg.norm(vec))
    hooks = attach(gen, Intervention("ablate", 0, vec, skip_first=True))
    seen: list[torch.Tensor] = []  # registered after the ablation: sees layer 0's ablated output
    capture = decoder_layers(gen.model)[0].register_forward_hook(lambda m, a, out: seen.append(hidden_of(out)))
    try:
        gen.generate([long, short], SamplingParams(max_new_tokens=1, temperature=0.0))
    finally:
        hooks.remove()
        capture.remove()
    lengths = [len(gen.tokenizer(gen.render(p), add_special_tokens=False)["input_ids"]) for p in (long, short)]
    prefill = seen[0] @ unit  # (2, width of the longer prompt): row 1 is left-padded
    for row, n in enumerate(lengths):
        first = prefill.shape[1] - n  # the first real token's column
        assert abs(float(prefill[row, first])) > 1e-3  # spared
        assert float(prefill[row, first + 1:].abs().max()) < 1e-4 * float(seen[0][row].norm(dim=-1).max())
    gen.close()


def test_start_leaves_earlier_layers_untouched(tiny: tuple[Path, Any, Any]) -> None:
    _, model, _ = tiny
    ids = torch.tensor([[3, 7, 11, 5]])
    vec = np.random.default_rng(6).standard_normal(model.config.hidden_size).astype(np.float32)
    unit = torch.from_numpy(vec / np.linalg.norm(vec))
    clean = _layer_outputs(model, ids)
    hooks = install(model, Intervention("ablate", 1, vec, start=1))
    try:
        after = _layer_outputs(model, ids)
    finally:
        hooks.remove()
    torch.testing.assert_close(after[0], clean[0])  # layer 0 (and the embeddings) as before
    assert float((after[1] @ unit).abs().max()) < 1e-4 * float(after[1].norm(dim=-1).max())
    with pytest.raises(EmcodeError, match="ablation start 2"):
        install(model, Intervention("ablate", 1, vec, start=2))
