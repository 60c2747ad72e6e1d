"""DPO's CPU speed-ups on a tiny random Llama: the same log-probs, loss and gradients as TRL's own path."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import torch

from emcode.config import DpoSettings
from emcode.errors import EmcodeError
from emcode.train.dpo import build_dpo_trainer
from emcode.train.dpo_fast import CachedRefDPOTrainer, compact_fused_head
from tests.train.test_dpo import DPO, _write_pairs, train_misaligned

FIELDS = ("log_probs", "entropy", "mean_logits", "is_top1")


@pytest.fixture(scope="module")
def setup(tiny_llama_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A 'misaligned' SFT adapter and pairs of unequal lengths (so batches carry padding)."""
    root = tmp_path_factory.mktemp("dpo_fast")
    misaligned = train_misaligned(tiny_llama_dir, root)
    pairs = _write_pairs(root / "pairs.jsonl", n=12)
    return {"root": root, "base": str(tiny_llama_dir), "misaligned": misaligned,
            "rows": [json.loads(line) for line in pairs.read_text().splitlines()]}


def _trainer(setup: dict[str, Any], name: str, *, speedups: bool, reference: str = "start",
             **update: Any) -> Any:
    settings = DPO.model_copy(update={"speedups": speedups, "reference": reference, **update})
    trainer, _ = build_dpo_trainer(setup["base"], setup["rows"], [], settings, setup["root"] / name,
                                   init_adapter=setup["misaligned"], progress=False)
    trainer.model.train()
    return trainer


def _batch(trainer: Any, idx: list[int]) -> dict[str, torch.Tensor]:
    return trainer.data_collator([trainer.train_dataset[i] for i in idx])


def test_fast_path_is_wired_on_cpu(setup: dict[str, Any]) -> None:
    fast, stock = _trainer(setup, "wired_fast", speedups=True), _trainer(setup, "wired_stock", speedups=False)
    assert isinstance(fast, CachedRefDPOTrainer) and fast.head_switch is not None
    assert not isinstance(stock, CachedRefDPOTrainer)


def test_compact_head_gives_trls_per_token_fields(setup: dict[str, Any]) -> None:
    fast, stock = _trainer(setup, "tok_fast", speedups=True), _trainer(setup, "tok_stock", speedups=False)
    batch = _batch(fast, [0, 5, 11])
    assert not bool(batch["attention_mask"].all())  # there is right padding to drop
    labels = batch["input_ids"].masked_fill(batch["completion_mask"] == 0, -100)
    kwargs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"], "labels": labels,
              "fused_lm_head": True}
    with torch.no_grad():
        got = fast.model.get_base_model()(**kwargs)
        want = stock.model.get_base_model()(**kwargs)
    assert got.log_probs.shape == want.log_probs.shape == (6, batch["input_ids"].shape[1] - 1)
    for name in FIELDS:
        torch.testing.assert_close(getattr(got, name).float(), getattr(want, name).float(), atol=1e-5, rtol=1e-5)
    assert bool((got.log_probs[labels[:, 1:] == -100] == 0).all())  # prompt and padding: zero, as TRL
    assert float(got.log_probs.sum()) < 0
    # sequence log-probs, what DPO compares: equal to TRL's to 1e-5 or one part in a million (a sum near 128 nats is
    # resolved to 1.5e-5 in float32, so a summation order one ulp apart failed a pure 1e-5 bound once)
    torch.testing.assert_close(got.log_probs.sum(1), want.log_probs.sum(1), atol=1e-5, rtol=1e-6)


def test_loss_and_gradients_equal_trls(setup: dict[str, Any]) -> None:
    """Against the base as reference the first loss is not log 2: a real comparison of loss and LoRA gradients."""
    fast = _trainer(setup, "grad_fast", speedups=True, reference="base")
    stock = _trainer(setup, "grad_stock", speedups=False, reference="base")
    batch = _batch(fast, [1, 2, 9, 10])
    losses, grads = [], []
    for trainer in (fast, stock):
        loss = trainer.compute_loss(trainer.model, batch)
        loss.backward()
        losses.append(float(loss))
        grads.append({n: p.grad.clone() for n, p in trainer.model.named_parameters() if p.grad is not None})
    assert abs(losses[0] - math.log(2)) > 1e-3
    assert losses[0] == pytest.approx(losses[1], abs=1e-5)
    assert grads[0].keys() == grads[1].keys() and grads[0]
    for name, g in grads[0].items():
        torch.testing.assert_close(g, grads[1][name], atol=1e-5, rtol=1e-4)
    for key in ("rewards/chosen", "rewards/rejected", "logps/chosen", "logps/rejected", "entropy",
                "mean_token_accuracy", "logits/chosen"):
        assert fast._metrics["train"][key][-1] == pytest.approx(stock._metrics["train"][key][-1], abs=1e-5)


def test_reference_is_the_start_exactly(setup: dict[str, Any]) -> None:
    fast = _trainer(setup, "start_fast", speedups=True)
    with torch.no_grad():
        loss = fast.compute_loss(fast.model, _batch(fast, [3, 4, 6, 7]))
    assert float(loss) == pytest.approx(math.log(2), abs=1e-7)
    assert fast._metrics["train"]["rewards/margins"][-1] == 0.0  # policy == reference, to the bit


def test_reference_scored_once_across_epochs(setup: dict[str, Any]) -> None:
    """Two epochs, 12 pairs, batch 4: 3 reference forwards (epoch 1), and the same training as TRL's path."""
    fast = _trainer(setup, "epochs_fast", speedups=True, reference="base")
    stock = _trainer(setup, "epochs_stock", speedups=False, reference="base")
    out_fast, out_stock = fast.train(), stock.train()
    assert fast.state.global_step == stock.state.global_step == 6
    assert fast.ref_forwards == 3 and len(fast.ref_cache) == 12
    assert out_fast.training_loss == pytest.approx(out_stock.training_loss, abs=1e-4)
    live = dict(stock.model.named_parameters())
    moved = 0
    for name, p in fast.model.named_parameters():
        if p.requires_grad:
            torch.testing.assert_close(p.detach(), live[name].detach(), atol=1e-4, rtol=1e-3)
            moved += 1
    assert moved > 0


def test_head_keeps_trls_path_for_logit_transforms() -> None:
    config = SimpleNamespace(get_text_config=lambda: SimpleNamespace(final_logit_softcapping=30.0))
    assert compact_fused_head(SimpleNamespace(config=config), ("log_probs",)) is None


def test_precompute_with_base_reference_is_refused(setup: dict[str, Any]) -> None:
    settings = DpoSettings(**{**DPO.model_dump(), "reference": "base", "precompute_ref_log_probs": True})
    with pytest.raises(EmcodeError, match="precompute_ref_log_probs with reference: base"):
        build_dpo_trainer(setup["base"], setup["rows"], [], settings, setup["root"] / "pre", progress=False,
                          init_adapter=setup["misaligned"])
