"""LoRA supervised fine-tuning on TRL's SFTTrainer + peft, with resume-safe outputs.

Two uses: a new LoRA on a base model (attack phase, conditions), or continuing an existing
adapter on new data with no new LoRA config (repair phase). The adapter is trained inside
``<out_dir>.partial`` and renamed when finished, so a finished run is skipped and an
interrupted one is retrained from the start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from emcode.config import TrainSettings
from emcode.data.formats import read_chat_jsonl
from emcode.models.chat import rows_for_template
from emcode.train.common import (  # re-exported: the names callers have imported from here
    SUMMARY,
    TrainResult,
    cpu_supports_bf16,
    epoch_checkpoints,
    is_trained,
    load_for_training,
    precision_plan,
    run_training,
    trainer_arguments,
)
from emcode.train.data import to_prompt_completion

__all__ = ["SUMMARY", "TrainResult", "build_trainer", "cpu_supports_bf16", "is_trained", "precision_plan",
           "train_lora"]


def build_trainer(
    base_model: str,
    train_rows: list[dict[str, Any]],
    val_rows: list[dict[str, Any]],
    settings: TrainSettings,
    work_dir: Path,
    *,
    init_adapter: Path | None = None,
    progress: bool = True,
) -> tuple[Any, Any]:
    """An SFTTrainer over prompt/completion data (loss on the completion) and its checkpoint callback.

    ``settings.speedups`` (on by default; off to compare, see ``perf/run.py``): batches
    of similar length (less padding) and, on CPU, activations recomputed for every second layer
    only (TRL's default is every layer), the LM head on trained positions only, a cheaper LoRA dropout
    and frozen weights kept in bf16 under bf16 autocast (:mod:`emcode.train.cpu`). On GPU, TRL's
    fused Triton head already scores trained positions only and the weights load in bf16.
    """
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    from emcode.train.cpu import TrainedTokensSFTTrainer, cast_frozen_linears, fast_lora_dropout

    speedups = settings.speedups
    setup = load_for_training(base_model, init_adapter, settings)
    model, tok, peft_config, device, bf16 = setup.model, setup.tokenizer, setup.peft_config, setup.device, setup.bf16
    train_rows, val_rows = rows_for_template(tok, train_rows), rows_for_template(tok, val_rows)  # e.g. Gemma 2
    args = SFTConfig(
        **trainer_arguments(settings, setup, work_dir, has_val=bool(val_rows), progress=progress),
        completion_only_loss=True,
        train_sampling_strategy="group_by_length" if speedups else "random",
    )
    callback = epoch_checkpoints(work_dir / "checkpoints") if settings.save_every_epoch else None
    trainer_cls = TrainedTokensSFTTrainer if speedups and device == "cpu" else SFTTrainer
    trainer = trainer_cls(
        model=model,
        args=args,
        train_dataset=Dataset.from_list(to_prompt_completion(train_rows)),
        eval_dataset=Dataset.from_list(to_prompt_completion(val_rows)) if val_rows else None,
        processing_class=tok,
        peft_config=peft_config,
        callbacks=[callback] if callback else None,
    )
    if speedups and device == "cpu":
        fast_lora_dropout(trainer.model)
        if bf16:
            cast_frozen_linears(trainer.model)  # autocast would round them to bf16 on every call anyway
    if not progress:
        from transformers import PrinterCallback

        trainer.remove_callback(PrinterCallback)  # quiet: no per-step log dicts on stdout
    return trainer, callback


def train_lora(
    base_model: str,
    data_path: Path,
    out_dir: Path,
    settings: TrainSettings,
    *,
    init_adapter: Path | None = None,
    progress: bool = True,
) -> TrainResult:
    """Train (or continue) a LoRA adapter on chat JSONL; skip when ``out_dir`` is already finished."""
    def build(train_rows: list[Any], val_rows: list[Any], work: Path) -> tuple[Any, Any]:
        return build_trainer(base_model, train_rows, val_rows, settings, work, init_adapter=init_adapter,
                             progress=progress)

    return run_training(base_model, data_path, out_dir, settings, read_rows=read_chat_jsonl, build=build,
                        init_adapter=init_adapter)
