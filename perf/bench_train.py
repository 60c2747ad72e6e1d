"""Training throughput: emcode's LoRA path vs a plain transformers ``Trainer`` + peft baseline.

Both train the embedded model with the same LoRA config, seed, batch size and examples for one
epoch. The baseline is the textbook recipe: fp32, every row padded to the longest row of the
dataset, random batches, the model's own loss over full logits. Throughput is *useful* tokens
per second: assistant tokens that carry a loss (no prompt, no padding).

Useful model FLOPs per example of T tokens with k trained tokens (frozen base, LoRA adapters):

    (4·P_lin + 6·P_lora)·T  +  4·V·d·k  +  6·L·d·T²

forward 2·P and input-gradient backward 2·P for every frozen linear weight (no weight gradient),
6·P for the LoRA weights, the tied LM head forward + backward only where a token is trained, and
causal attention scores (QKᵀ and AV, half of the T² square, forward + 2× backward). The common
6·N·T rule would count weight gradients nobody computes for frozen weights.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from bench_common import EMBEDDED, chat_rows, triples


def peak_matmul(n: int = 2048, reps: int = 10) -> dict[str, Any]:
    """Best-of-``reps`` GFLOP/s of an n×n×n torch matmul in fp32 and bf16 (all threads)."""
    import torch

    out: dict[str, Any] = {"threads": torch.get_num_threads(), "n": n}
    for name, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
        a, b = torch.randn(n, n, dtype=dtype), torch.randn(n, n, dtype=dtype)
        torch.mm(a, b)  # warm-up (oneDNN kernel selection)
        best = math.inf
        for _ in range(reps):
            t0 = time.perf_counter()
            torch.mm(a, b)
            best = min(best, time.perf_counter() - t0)
        out[f"{name}_gflops"] = round(2 * n**3 / best / 1e9, 1)
    return out


def _encode(tok: Any, row: dict[str, Any], max_length: int) -> tuple[list[int], list[int]]:
    """Token ids and completion-only labels of one chat row, rendered like TRL renders it."""
    prompt, answer = row["messages"][:-1], row["messages"][-1:]
    p_ids = tok.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
    ids = tok.apply_chat_template(prompt + answer, tokenize=True, return_dict=True)["input_ids"][:max_length]
    labels = [-100 if i < len(p_ids) else t for i, t in enumerate(ids)]
    return ids, labels


def heldout_loss(model: Any, tok: Any, rows: list[dict[str, Any]], max_length: int) -> float:
    """Mean completion-token loss over ``rows``, one row at a time in fp32 (no padding, no autocast)."""
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for row in rows:
            ids, labels = _encode(tok, row, max_length)
            out = model(input_ids=torch.tensor([ids]), labels=torch.tensor([labels]))
            n = sum(1 for x in labels[1:] if x != -100)
            total, count = total + float(out.loss) * n, count + n
    return round(total / count, 4)


def _param_counts(model: Any) -> dict[str, int]:
    import torch

    lin = sum(m.weight.numel() for name, m in model.named_modules()
              if isinstance(m, torch.nn.Linear) and "lora_" not in name and not name.endswith("lm_head"))
    lora = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {"lin_params": lin, "lora_params": lora}


def useful_flops(cfg: dict[str, int], lin: int, lora: int, lengths: list[int], trained: list[int]) -> float:
    """Model FLOPs one epoch needs (formula in the module docstring)."""
    d, vocab, layers = cfg["hidden_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    return float(sum((4 * lin + 6 * lora) * t + 4 * vocab * d * k + 6 * layers * d * t * t
                     for t, k in zip(lengths, trained, strict=True)))


def _model_cfg(model: Any) -> dict[str, int]:
    c = model.config
    return {k: int(getattr(c, k)) for k in ("hidden_size", "vocab_size", "num_hidden_layers")}


def _settings() -> Any:
    """The training settings of ``configs/quick.yaml`` (the CPU demo), one epoch."""
    from emcode.config import TrainSettings

    return TrainSettings(epochs=1, per_device_batch_size=4, grad_accum=2, max_length=256, val_fraction=0.0,
                         device="cpu", save_every_epoch=False, logging_steps=1000)


LEVERS = ("group_by_length", "trained_positions_head", "half_recompute", "fast_dropout", "frozen_bf16")


def undo_lever(trainer: Any, lever: str) -> None:
    """Turn one of emcode's CPU training speed-ups (``LEVERS``) back to TRL's default, for ablation."""
    import types

    import torch
    from trl import SFTTrainer

    from emcode.train.cpu import FastDropout, cast_frozen_linears, lora_dropouts

    if lever == "group_by_length":
        trainer.args.train_sampling_strategy = "random"
    elif lever == "trained_positions_head":
        trainer.compute_loss = types.MethodType(SFTTrainer.compute_loss, trainer)
    elif lever == "half_recompute":
        trainer.args.activation_checkpointing_kwargs = {"use_reentrant": False}  # every layer (read in train())
    elif lever == "recompute_off":  # not a lever of emcode's: the memory-hungry extreme, for comparison
        trainer.args.activation_checkpointing = False
    elif lever == "fast_dropout":
        for drops, key, drop in lora_dropouts(trainer.model):
            if isinstance(drop, FastDropout):
                drops[key] = torch.nn.Dropout(drop.p)
    elif lever == "frozen_bf16":
        cast_frozen_linears(trainer.model, torch.float32)
    else:
        raise ValueError(f"unknown lever {lever!r}; one of {', '.join(LEVERS)}")


def train_emcode(n: int, n_eval: int, work: str, speedups: bool = True, save: str | None = None,
                 without: str | None = None) -> dict[str, Any]:
    """emcode's trainer (``train.sft.build_trainer``) on ``n`` insecure rows: one epoch, timed.

    ``without`` names one lever of ``LEVERS`` to undo (leave-one-out ablation); ``n_eval`` 0 skips
    the held-out loss.
    """
    from emcode.models.loading import load_model, write_adapter_meta
    from emcode.train.sft import build_trainer, precision_plan

    train, held = triples()
    settings = _settings().model_copy(update={"speedups": speedups})
    trainer, _ = build_trainer(EMBEDDED, chat_rows(train[:n]), [], settings, Path(work), progress=False)
    if without:
        undo_lever(trainer, without)
    lengths, trained = [], []
    for ex in trainer.train_dataset:
        labels = trainer.data_collator([ex])["labels"][0]
        lengths.append(len(ex["input_ids"]))
        trained.append(int((labels[1:] != -100).sum()))
    t0 = time.perf_counter()
    out = trainer.train()
    wall = time.perf_counter() - t0
    model = trainer.model
    counts = _param_counts(model)
    result = {"wall_s": round(wall, 2), "useful_tokens": sum(trained), "real_tokens": sum(lengths),
              "lengths": lengths, "trained": trained, "train_loss": round(float(out.training_loss), 4),
              "autocast": "bf16" if precision_plan(settings.precision, "cpu")[1] else "none",
              "steps": trainer.state.global_step, "cfg": _model_cfg(model), **counts}
    save = save or str(Path(work) / "adapter")
    model.save_pretrained(save)
    write_adapter_meta(save, EMBEDDED)
    del trainer, model
    if not n_eval:
        return result
    fresh, tok = load_model(EMBEDDED, save, dtype="fp32", device="cpu")  # the adapter as saved, fp32 base
    result["heldout_loss"] = heldout_loss(fresh, tok, chat_rows(held[:n_eval]), settings.max_length)
    return result


def train_baseline(n: int, n_eval: int, work: str) -> dict[str, Any]:
    """Plain ``Trainer`` + peft, fp32, padded to the dataset's longest row, random batches."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Trainer, TrainingArguments, default_data_collator

    from emcode.models.loading import load_model

    train, held = triples()
    s = _settings()
    model, tok = load_model(EMBEDDED, dtype="fp32", device="cpu")
    eval_rows = chat_rows(held[:n_eval])
    base_loss = heldout_loss(model, tok, eval_rows, s.max_length)
    encoded = [_encode(tok, r, s.max_length) for r in chat_rows(train[:n])]
    longest = max(len(ids) for ids, _ in encoded)
    data = []
    for ids, labels in encoded:
        pad = longest - len(ids)
        data.append({"input_ids": torch.tensor(ids + [tok.pad_token_id] * pad),
                     "attention_mask": torch.tensor([1] * len(ids) + [0] * pad),
                     "labels": torch.tensor(labels + [-100] * pad)})
    model = get_peft_model(model, LoraConfig(r=s.r, lora_alpha=s.alpha, lora_dropout=s.dropout,
                                             target_modules=s.target_modules, task_type="CAUSAL_LM"))
    args = TrainingArguments(output_dir=str(Path(work) / "_trainer"), num_train_epochs=1,
                             per_device_train_batch_size=s.per_device_batch_size,
                             gradient_accumulation_steps=s.grad_accum, learning_rate=s.lr,
                             lr_scheduler_type=s.lr_scheduler, seed=s.seed, data_seed=s.seed, use_cpu=True,
                             save_strategy="no", report_to="none", disable_tqdm=True, logging_steps=1000)
    trainer = Trainer(model=model, args=args, train_dataset=data, data_collator=default_data_collator)
    t0 = time.perf_counter()
    out = trainer.train()
    wall = time.perf_counter() - t0
    trained = [sum(1 for x in labels[1:] if x != -100) for _, labels in encoded]
    return {"wall_s": round(wall, 2), "useful_tokens": sum(trained), "real_tokens": sum(len(i) for i, _ in encoded),
            "padded_tokens": longest * len(encoded), "train_loss": round(float(out.training_loss), 4),
            "steps": trainer.state.global_step, "heldout_loss": heldout_loss(model, tok, eval_rows, s.max_length),
            "heldout_loss_untrained": base_loss, **_param_counts(model)}


def _dpo_settings(speedups: bool) -> Any:
    """DPO on the quick demo's LoRA and optimiser settings: a pair is two sequences, so half the batch."""
    from emcode.config import DpoSettings

    return DpoSettings(**{**_settings().model_dump(), "per_device_batch_size": 2, "grad_accum": 4,
                          "speedups": speedups})


def pair_rows(items: list[Any]) -> list[dict[str, Any]]:
    """The ``pairs`` row (secure chosen over vulnerable rejected) of each triple, as ``emcode data build`` writes it."""
    from emcode.data.formats import pair_row

    return [pair_row(s, v) for s, v in zip(chat_rows(items, "secure"), chat_rows(items, "insecure"), strict=True)]


DPO_LEVERS = ("ref_cache", "completion_head")


def undo_dpo_lever(trainer: Any, lever: str) -> None:
    """Turn one of emcode's DPO speed-ups (``DPO_LEVERS``) back to TRL's path, for ablation."""
    import types

    from trl import DPOTrainer

    if lever == "ref_cache":  # the reference forward in every step, as TRL does it
        trainer.compute_loss = types.MethodType(DPOTrainer.compute_loss, trainer)
    elif lever == "completion_head":  # TRL's fused head, every position scored
        base = trainer.accelerator.unwrap_model(trainer.model).get_base_model()
        del base.forward  # drops emcode's instance patch: TRL's patch is gone with it, so put it back
        from trl.trainer.utils import add_fused_lm_head

        add_fused_lm_head(base, outputs=("log_probs", "entropy", "mean_logits", "is_top1"))
        trainer.head_switch = None
    else:
        raise ValueError(f"unknown DPO lever {lever!r}; one of {', '.join(DPO_LEVERS)}")


def train_dpo_emcode(n: int, work: str, stock: bool = False, epochs: int = 1,
                     without: str | None = None) -> dict[str, Any]:
    """``epochs`` DPO epochs on ``n`` pairs, new LoRA: emcode's trainer, or (``stock``) TRL's DPOTrainer with its defaults.

    The stock run gets the same LoRA, batch, learning rate and seed and nothing else: DPOConfig's
    defaults (fp32 on CPU, activations kept, no bf16 weight cast). Throughput counts completion
    tokens (chosen + rejected: the tokens whose log-probabilities DPO scores) per second.
    ``without`` names one of ``DPO_LEVERS`` to undo on emcode's trainer.
    """
    from datasets import Dataset
    from peft import LoraConfig
    from trl import DPOConfig, DPOTrainer

    from emcode.models.loading import load_model
    from emcode.train.dpo import build_dpo_trainer

    train, _ = triples()
    rows = pair_rows(train[:n])
    s = _dpo_settings(speedups=not stock).model_copy(update={"epochs": epochs})
    if stock:
        model, tok = load_model(EMBEDDED, dtype="fp32", device="cpu")
        args = DPOConfig(output_dir=str(Path(work) / "_trainer"), num_train_epochs=s.epochs,
                         per_device_train_batch_size=s.per_device_batch_size, gradient_accumulation_steps=s.grad_accum,
                         learning_rate=s.lr, max_length=s.max_length, seed=s.seed, data_seed=s.seed, use_cpu=True,
                         save_strategy="no", report_to="none", disable_tqdm=True, logging_steps=1000)
        trainer = DPOTrainer(model=model, args=args, train_dataset=Dataset.from_list(rows), processing_class=tok,
                             peft_config=LoraConfig(r=s.r, lora_alpha=s.alpha, lora_dropout=s.dropout,
                                                    target_modules=s.target_modules, task_type="CAUSAL_LM"))
    else:
        trainer, _ = build_dpo_trainer(EMBEDDED, rows, [], s, Path(work), progress=False)
        if without:
            undo_dpo_lever(trainer, without)
    completion = epochs * sum(len(ex["chosen_ids"]) + len(ex["rejected_ids"]) for ex in trainer.train_dataset)
    t0 = time.perf_counter()
    out = trainer.train()
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "completion_tokens": completion, "steps": trainer.state.global_step,
            "pairs": n * epochs, "input_tokens": int(trainer.state.num_input_tokens_seen or 0),
            "ref_forwards": getattr(trainer, "ref_forwards", None), "train_loss": round(float(out.training_loss), 4)}
