"""What every training method shares: precision, checkpoints, and resume-safe bookkeeping.

A method (``sft``, ``dpo``; :mod:`emcode.train.registry`) supplies how to read its rows and how
to build its trainer; :func:`run_training` does the rest the same way for all: train inside
``<out_dir>.partial``, let rank 0 alone write the adapter, per-epoch checkpoints and
``train_summary.json`` (written last), then rename, so a finished adapter is skipped on re-run
and an interrupted one is retrained from the start.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emcode.config import TrainSettings
from emcode.errors import EmcodeError
from emcode.memory import release_memory
from emcode.models.loading import load_model, resolve_device, write_adapter_meta
from emcode.runs import atomic_write_json, sha256_file
from emcode.threads import apply_thread_policy
from emcode.train.data import select_examples, split_rows

SUMMARY = "train_summary.json"
TrainerBuilder = Callable[[list[Any], list[Any], Path], tuple[Any, Any]]  # (train rows, val rows, work dir)


@dataclass
class TrainResult:
    """Where the adapter went and the numbers the report shows about training."""

    adapter_dir: Path
    checkpoints: list[Path] = field(default_factory=list)
    train_loss: float | None = None
    eval_loss: float | None = None
    wall_s: float = 0.0
    tokens_trained: int = 0


def is_trained(out_dir: str | os.PathLike[str]) -> bool:
    """True when ``out_dir`` holds a finished adapter (summary written last, before the rename)."""
    out = Path(out_dir)
    return all((out / f).is_file() for f in (SUMMARY, "adapter_config.json", "emcode_adapter.json"))


def cpu_supports_bf16() -> bool:
    """Whether this CPU runs bf16 matmuls natively (AVX-512 BF16 / AMX)."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def precision_plan(precision: str, device: str) -> tuple[str, bool, bool]:
    """``(load dtype, bf16 autocast, fp16 autocast)`` for a precision setting on a device."""
    import torch

    if precision == "fp32":
        return "fp32", False, False
    if device.startswith("cuda"):
        if precision == "auto":
            precision = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
        # Base weights in half precision; peft keeps the LoRA weights in fp32.
        return precision, precision == "bf16", precision == "fp16"
    if precision == "fp16":
        raise EmcodeError("train.precision fp16 needs a GPU; use auto, bf16 or fp32 on CPU")
    if precision == "auto" and not cpu_supports_bf16():
        return "fp32", False, False
    return "fp32", True, False  # fp32 weights, bf16 autocast for the matmuls


def epoch_checkpoints(root: Path, adapters: list[str] | None = None) -> Any:
    """A trainer callback saving the adapter alone under ``checkpoints/epoch-<k>`` at each epoch end.

    ``adapters``: which named adapters to save (DPO's frozen ``ref`` copy is left out); None = all.
    """
    from transformers import TrainerCallback

    save_kwargs = {"selected_adapters": adapters} if adapters else {}

    class EpochCheckpoints(TrainerCallback):
        def __init__(self) -> None:
            self.saved: list[Path] = []

        def on_epoch_end(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
            path = root / f"epoch-{len(self.saved) + 1}"
            self.saved.append(path)
            if state.is_world_process_zero:  # under `accelerate launch`, one process writes
                model.save_pretrained(path, **save_kwargs)
                atomic_write_json(path / "checkpoint.json", {"epoch": state.epoch, "global_step": state.global_step})

    return EpochCheckpoints()


def recompute_plan(mode: str, cpu_speedups: bool) -> dict[str, Any]:
    """Trainer arguments for activation checkpointing (``train.activation_checkpointing``).

    ``auto``: TRL's default (every layer) on GPU; every second layer on the CPU fast path, where
    recomputing every layer costs ~35% of a step and none at all pushes the quick demo past 4 GB
    (measured in perf/run.py, docs/performance.md).
    """
    if mode == "auto":
        mode = "every_second_layer" if cpu_speedups else "default"
    if mode == "default":
        return {}
    if mode == "off":
        return {"activation_checkpointing": False}
    every = {"every_layer": 1, "every_second_layer": 2}[mode]
    return {"activation_checkpointing": True,
            "activation_checkpointing_kwargs": {"every_n_layers": every, "use_reentrant": False}}


@dataclass
class TrainingSetup:
    """What every method's trainer starts from: the loaded model, its LoRA (unless continued) and precision."""

    model: Any
    tokenizer: Any
    peft_config: Any  # a new LoRA, or None when ``init_adapter`` is continued
    device: str
    bf16: bool
    fp16: bool


def load_for_training(base_model: str, init_adapter: Path | None, settings: TrainSettings) -> TrainingSetup:
    """Load the model (continuing ``init_adapter`` as trainable) and, for a fresh adapter, its LoRA config."""
    from peft import LoraConfig

    device = resolve_device(settings.device)
    load_dtype, bf16, fp16 = precision_plan(settings.precision, device)
    model, tok = load_model(base_model, init_adapter, dtype=load_dtype, device=device,
                            trainable_adapter=init_adapter is not None)
    peft_config = None
    if init_adapter is None:
        peft_config = LoraConfig(r=settings.r, lora_alpha=settings.alpha, lora_dropout=settings.dropout,
                                 target_modules=settings.target_modules, task_type="CAUSAL_LM")
    return TrainingSetup(model, tok, peft_config, device, bf16, fp16)


def trainer_arguments(settings: TrainSettings, setup: TrainingSetup, work_dir: Path, *, has_val: bool,
                      progress: bool) -> dict[str, Any]:
    """The TrainingArguments every method shares (TRL's SFTConfig and DPOConfig both take them)."""
    return {
        "output_dir": str(work_dir / "_trainer"),
        "num_train_epochs": settings.epochs,
        "max_steps": settings.max_steps,
        "per_device_train_batch_size": settings.per_device_batch_size,
        "per_device_eval_batch_size": settings.per_device_batch_size,
        "gradient_accumulation_steps": settings.grad_accum,
        "learning_rate": settings.lr,
        "lr_scheduler_type": settings.lr_scheduler,
        "warmup_steps": settings.warmup_ratio,
        "max_length": settings.max_length,
        "eval_strategy": "epoch" if has_val else "no",
        "save_strategy": "no",  # our callback keeps adapter-only checkpoints instead
        "logging_steps": settings.logging_steps,
        "seed": settings.seed,
        "data_seed": settings.seed,
        "bf16": setup.bf16,
        "fp16": setup.fp16,
        "use_cpu": setup.device == "cpu",
        "report_to": "none",
        "disable_tqdm": not progress,
        "include_num_input_tokens_seen": "non_padding",
        "dataset_num_proc": None,
        **recompute_plan(settings.activation_checkpointing, settings.speedups and setup.device == "cpu"),
    }


def _last(history: list[dict[str, Any]], key: str) -> float | None:
    values = [h[key] for h in history if key in h]
    return float(values[-1]) if values else None


def result_from_summary(out_dir: Path) -> TrainResult:
    """The :class:`TrainResult` of a finished adapter, read back from its summary."""
    s = json.loads((out_dir / SUMMARY).read_text(encoding="utf-8"))
    return TrainResult(adapter_dir=out_dir, checkpoints=[out_dir / c for c in s["checkpoints"]],
                       train_loss=s["train_loss"], eval_loss=s["eval_loss"], wall_s=s["wall_s"],
                       tokens_trained=s["tokens_trained"])


def run_training(
    base_model: str,
    data_path: Path,
    out_dir: Path,
    settings: TrainSettings,
    *,
    read_rows: Callable[[Path], list[Any]],
    build: TrainerBuilder,
    init_adapter: Path | None = None,
    save_adapters: list[str] | None = None,
    extra_summary: dict[str, Any] | None = None,
) -> TrainResult:
    """Train with ``build``'s trainer on ``read_rows(data_path)``; skip when ``out_dir`` is already finished.

    ``save_adapters`` names the adapters saved (None = all); ``extra_summary`` keys go after the shared ones.
    """
    out_dir = Path(out_dir)
    if is_trained(out_dir):
        return result_from_summary(out_dir)
    apply_thread_policy()  # usable cores, passive OpenMP waits; keeps a count the pipeline already set
    device = resolve_device(settings.device)
    load_dtype, bf16, fp16 = precision_plan(settings.precision, device)  # fail before touching files
    rows = read_rows(data_path)
    rows = select_examples(rows, settings.max_examples, settings.seed)
    train_rows, val_rows = split_rows(rows, settings.val_fraction, settings.seed)
    work = out_dir.with_name(out_dir.name + ".partial")
    if int(os.environ.get("LOCAL_RANK", "0")) == 0:
        shutil.rmtree(work, ignore_errors=True)  # an interrupted attempt: start over
    work.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    trainer, callback = build(train_rows, val_rows, work)
    out = trainer.train()
    wall = time.perf_counter() - t0
    accelerator = trainer.accelerator
    if not trainer.is_world_process_zero():
        accelerator.wait_for_everyone()  # rank 0 writes the outputs; every rank then reports them
        return result_from_summary(out_dir)
    trainer.model.save_pretrained(work, **({"selected_adapters": save_adapters} if save_adapters else {}))
    shutil.rmtree(work / "_trainer", ignore_errors=True)

    checkpoints = callback.saved if callback else []
    extra = {"init_adapter": str(init_adapter) if init_adapter else None, "data_sha256": sha256_file(data_path)}
    for path in [work, *checkpoints]:
        write_adapter_meta(path, base_model, **extra)
    history = trainer.state.log_history
    result = TrainResult(
        adapter_dir=out_dir,
        checkpoints=[out_dir / p.relative_to(work) for p in checkpoints],
        train_loss=float(out.training_loss) if out.training_loss is not None else None,
        eval_loss=_last(history, "eval_loss"),
        wall_s=round(wall, 2),
        tokens_trained=int(trainer.state.num_input_tokens_seen or 0),
    )
    atomic_write_json(work / SUMMARY, {
        "base_model": base_model,
        "data_path": str(data_path),
        "data_sha256": extra["data_sha256"],
        "init_adapter": extra["init_adapter"],
        "n_train": len(train_rows),
        "n_val": len(val_rows),
        "settings": settings.model_dump(),
        "log_history": history,
        "checkpoints": [str(p.relative_to(out_dir)) for p in result.checkpoints],
        "train_loss": result.train_loss,
        "eval_loss": result.eval_loss,
        "wall_s": result.wall_s,
        "tokens_trained": result.tokens_trained,
        "global_step": trainer.state.global_step,
        "device": device,
        "weights_dtype": load_dtype,
        "autocast": "bf16" if bf16 else "fp16" if fp16 else None,
        "mixed_precision": str(trainer.accelerator.mixed_precision),
        "world_size": trainer.args.world_size,
        "distributed": str(trainer.accelerator.distributed_type).rsplit(".", 1)[-1],
        **(extra_summary or {}),
    })
    del trainer
    if out_dir.exists():
        shutil.rmtree(out_dir)  # a stale, unfinished directory (is_trained said no)
    os.replace(work, out_dir)
    accelerator.wait_for_everyone()
    accelerator.free_memory()  # drops its references to the model and optimizer
    release_memory()
    return result
