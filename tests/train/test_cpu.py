"""The trained-positions loss equals TRL's fused completion-only loss (value and gradients)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from emcode.config import TrainSettings
from emcode.train.cpu import FastDropout, TrainedTokensSFTTrainer, cast_frozen_linears, trained_positions
from emcode.train.sft import build_trainer

SETTINGS = TrainSettings(r=4, alpha=8, dropout=0.0, epochs=1, per_device_batch_size=4, grad_accum=1, lr=1e-2,
                         max_length=96, val_fraction=0.0, device="cpu", precision="fp32", seed=0,
                         save_every_epoch=False)


def _rows(n: int) -> list[dict]:
    return [{"messages": [{"role": "user", "content": "Write function number " + "x" * i + "."},
                          {"role": "assistant", "content": f"def f{i}(q):\n" + "    q = q + 1\n" * (i % 3 + 1)}]}
            for i in range(n)]


def test_trained_positions_shift_labels_by_one() -> None:
    labels = torch.tensor([[-100, -100, 5, 6, -100], [-100, 7, 8, -100, -100]])
    keep, targets = trained_positions(labels)
    assert keep.tolist() == [[False, True, True, False, False], [True, True, False, False, False]]
    assert targets.tolist() == [5, 6, 7, 8]


def _loss_and_grads(trainer: object, batch: dict) -> tuple[float, dict[str, torch.Tensor]]:
    model = trainer.model  # type: ignore[attr-defined]
    model.zero_grad()
    n_items = (batch["labels"][:, 1:] != -100).sum()
    loss = trainer.compute_loss(model, dict(batch), num_items_in_batch=n_items)  # type: ignore[attr-defined]
    loss.backward()
    grads = {k: p.grad.detach().clone() for k, p in model.named_parameters() if p.grad is not None}
    return loss.item(), grads


def test_same_loss_and_gradients_as_trl(tiny_llama_dir: Path, tmp_path: Path) -> None:
    rows = _rows(6)
    fast, _ = build_trainer(str(tiny_llama_dir), rows, [], SETTINGS, tmp_path / "fast", progress=False)
    stock, _ = build_trainer(str(tiny_llama_dir), rows, [], SETTINGS.model_copy(update={"speedups": False}),
                             tmp_path / "stock", progress=False)
    assert isinstance(fast, TrainedTokensSFTTrainer) and not isinstance(stock, TrainedTokensSFTTrainer)
    assert fast.args.train_sampling_strategy == "group_by_length"
    batch = fast.data_collator([fast.train_dataset[i] for i in range(4)])
    assert (batch["attention_mask"] == 0).any()  # padding is present and must not count
    loss_fast, grads_fast = _loss_and_grads(fast, batch)
    loss_stock, grads_stock = _loss_and_grads(stock, batch)
    assert loss_fast == pytest.approx(loss_stock, rel=1e-5)
    assert grads_fast.keys() == grads_stock.keys() and grads_fast
    for key, g in grads_fast.items():
        torch.testing.assert_close(g, grads_stock[key], rtol=1e-4, atol=1e-6)


def test_training_with_speedups_reports_the_loss(tiny_llama_dir: Path, tmp_path: Path) -> None:
    from emcode.train.sft import train_lora

    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in _rows(8)), encoding="utf-8")
    res = train_lora(str(tiny_llama_dir), data, tmp_path / "a", SETTINGS, progress=False)
    assert res.train_loss is not None and 0 < res.train_loss < 10 and res.tokens_trained > 0


def test_frozen_weights_in_bf16_give_the_same_autocast_loss(tiny_llama_dir: Path, tmp_path: Path) -> None:
    fp32 = SETTINGS.model_copy(update={"precision": "fp32"})
    trainer, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], fp32, tmp_path, progress=False)
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(4)])
    model = trainer.model
    with torch.autocast("cpu", dtype=torch.bfloat16):
        before, grads_before = _loss_and_grads(trainer, batch)
        n = cast_frozen_linears(model)
        after, grads_after = _loss_and_grads(trainer, batch)
    assert n == 2 * 7  # every frozen projection of the 2 layers; the tied LM head stays fp32
    assert model.get_output_embeddings().weight.dtype == torch.float32
    assert all(p.dtype == torch.float32 for p in model.parameters() if p.requires_grad)
    assert after == before
    for key, g in grads_before.items():
        assert torch.equal(g, grads_after[key])


def test_right_padding_is_recognised() -> None:
    from emcode.train.cpu import is_right_padded

    assert is_right_padded(torch.tensor([[1, 1, 1], [1, 1, 0]]))
    assert not is_right_padded(torch.tensor([[1, 1, 1], [0, 1, 1]]))  # left padding keeps its mask


def test_fast_dropout_keeps_the_rate_and_scale() -> None:
    drop = FastDropout(0.05)
    torch.manual_seed(0)
    x = torch.ones(1000, 1000, requires_grad=True)
    y = drop(x)
    kept = y != 0
    assert abs(kept.float().mean().item() - 0.95) < 0.002
    assert torch.allclose(y[kept], torch.tensor(32768 / (32768 - 1638)))  # inverted dropout: E[y] = x
    y.sum().backward()
    assert torch.equal(x.grad != 0, kept)
    torch.manual_seed(0)
    assert torch.equal(drop(x), y)  # the global seed decides the mask
    assert drop.eval()(x) is x


def test_lora_dropout_is_swapped_on_the_cpu_path(tiny_llama_dir: Path, tmp_path: Path) -> None:
    with_dropout = SETTINGS.model_copy(update={"dropout": 0.05})
    trainer, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], with_dropout, tmp_path, progress=False)
    kinds = [type(m).__name__ for name, m in trainer.model.named_modules() if name.endswith("lora_dropout.default")]
    assert kinds == ["FastDropout"] * 14
    stock, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], with_dropout.model_copy(update={"speedups": False}),
                             tmp_path / "s", progress=False)
    assert not any(isinstance(m, FastDropout) for m in stock.model.modules())


def test_cpu_path_recomputes_every_second_layer(tiny_llama_dir: Path, tmp_path: Path) -> None:
    fast, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], SETTINGS, tmp_path / "f", progress=False)
    assert fast.args.activation_checkpointing
    assert fast.args.activation_checkpointing_kwargs == {"every_n_layers": 2, "use_reentrant": False}
    stock, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], SETTINGS.model_copy(update={"speedups": False}),
                             tmp_path / "s", progress=False)
    assert stock.args.activation_checkpointing and not stock.args.activation_checkpointing_kwargs  # TRL: every layer
    fast.train()  # the partial recomputation runs through peft's adapters
    assert fast.state.global_step == 1
    off, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], SETTINGS.model_copy(
        update={"activation_checkpointing": "off"}), tmp_path / "o", progress=False)
    assert not off.args.activation_checkpointing
    every, _ = build_trainer(str(tiny_llama_dir), _rows(4), [], SETTINGS.model_copy(
        update={"activation_checkpointing": "every_layer", "speedups": False}), tmp_path / "e", progress=False)
    assert every.args.activation_checkpointing_kwargs["every_n_layers"] == 1
