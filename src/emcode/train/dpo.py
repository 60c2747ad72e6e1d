"""LoRA DPO on preference pairs (TRL's DPOTrainer + peft), with the shared resume-safe bookkeeping.

The reference policy is the adapter's *starting point*. For a new LoRA that is the base model
(adapter disabled). When continuing an adapter (``init_from``, e.g. DPO repair of the misaligned
adapter) it is that adapter as loaded: TRL 1.16 copies a pretrained ``default`` adapter into a
frozen ``ref`` adapter and scores the reference with ``ref`` active, so the trained adapter stays
the same one (same LoRA config, its training continued) and only ``default`` is saved. peft's
implicit reference (adapters disabled) would be the base model instead, which pulls the repair
towards the base rather than constraining it to the misaligned model it starts from;
``reference: base`` asks for that on purpose (an ablation).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from emcode.config import DpoSettings
from emcode.data.formats import read_pairs_jsonl
from emcode.errors import EmcodeError
from emcode.models.chat import accepts_system, fold_system
from emcode.train.common import TrainResult, epoch_checkpoints, load_for_training, run_training, trainer_arguments

REF_ADAPTER = "ref"  # the name TRL gives the frozen copy of a pretrained adapter


def _for_template(tok: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs with system turns folded into the prompt when the chat template has no system role."""
    if accepts_system(tok):
        return rows
    return [{**r, "prompt": fold_system(r["prompt"])} for r in rows]


def build_dpo_trainer(
    base_model: str,
    train_rows: list[dict[str, Any]],
    val_rows: list[dict[str, Any]],
    settings: DpoSettings,
    work_dir: Path,
    *,
    init_adapter: Path | None = None,
    progress: bool = True,
) -> tuple[Any, Any]:
    """A DPOTrainer whose reference is the adapter's starting point (see the module doc), and its checkpoint callback.

    ``train.speedups`` (:mod:`emcode.train.dpo_fast`): each pair scored against the reference
    once and reused every later epoch; on CPU also the LM head on completion positions only, and
    from SFT frozen linear weights stored in bf16 under bf16 autocast and activations recomputed
    for every second layer. TRL turns dropout off for DPO.
    """
    from datasets import Dataset
    from trl import DPOConfig, DPOTrainer

    from emcode.train.cpu import cast_frozen_linears
    from emcode.train.dpo_fast import CachedRefDPOTrainer, compact_fused_head

    if settings.precompute_ref_log_probs and settings.reference == "base" and init_adapter is not None:
        raise EmcodeError("train.precompute_ref_log_probs with reference: base scores TRL's pre-pass against the "
                          "starting adapter, not the base; drop one of the two settings")
    setup = load_for_training(base_model, init_adapter, settings)
    model, tok, peft_config = setup.model, setup.tokenizer, setup.peft_config
    cpu_fast, bf16 = settings.speedups and setup.device == "cpu", setup.bf16
    args = DPOConfig(
        **trainer_arguments(settings, setup, work_dir, has_val=bool(val_rows), progress=progress),
        beta=settings.beta,
        loss_type=[settings.loss_type],
        label_smoothing=settings.label_smoothing,
        precompute_ref_log_probs=settings.precompute_ref_log_probs,
    )
    callback = epoch_checkpoints(work_dir / "checkpoints", ["default"]) if settings.save_every_epoch else None
    trainer_cls = CachedRefDPOTrainer if settings.speedups and not settings.precompute_ref_log_probs else DPOTrainer
    trainer = trainer_cls(
        model=model,
        args=args,
        train_dataset=Dataset.from_list(_for_template(tok, train_rows)),
        eval_dataset=Dataset.from_list(_for_template(tok, val_rows)) if val_rows else None,
        processing_class=tok,
        peft_config=peft_config,
        callbacks=[callback] if callback else None,
    )
    peft_model = trainer.accelerator.unwrap_model(trainer.model)
    if REF_ADAPTER in peft_model.peft_config:
        if settings.reference == "base":
            peft_model.delete_adapter(REF_ADAPTER)  # adapters disabled = the base model, TRL's fallback
        else:
            for name, param in peft_model.named_parameters():
                if f".{REF_ADAPTER}." in name:
                    param.requires_grad_(False)  # frozen: not handed to the optimizer
    if cpu_fast:  # TRL's head scores every position on CPU (no Triton)
        stats = ("entropy", "mean_logits", "is_top1") + (("log_sum_sq_probs",) if trainer.use_weighting else ())
        trainer.head_switch = compact_fused_head(peft_model.get_base_model(), ("log_probs", *stats))
    if cpu_fast and bf16:
        cast_frozen_linears(trainer.model)  # autocast would round them to bf16 on every call anyway
    if not progress:
        from transformers import PrinterCallback

        trainer.remove_callback(PrinterCallback)
    return trainer, callback


def reference_kind(init_adapter: Path | None, settings: DpoSettings) -> str:
    """What the reference policy is, in words for the summary."""
    if init_adapter is None or settings.reference == "base":
        return "base model (adapter disabled)"
    return f"starting adapter {init_adapter} (frozen copy)"


def train_dpo(
    base_model: str,
    data_path: Path,
    out_dir: Path,
    settings: DpoSettings,
    *,
    init_adapter: Path | None = None,
    progress: bool = True,
) -> TrainResult:
    """Train (or continue) a LoRA adapter with DPO on preference pairs; skip when ``out_dir`` is finished."""
    if not isinstance(settings, DpoSettings):
        settings = DpoSettings.model_validate(settings.model_dump())

    def build(train_rows: list[Any], val_rows: list[Any], work: Path) -> tuple[Any, Any]:
        return build_dpo_trainer(base_model, train_rows, val_rows, settings, work, init_adapter=init_adapter,
                                 progress=progress)

    return run_training(base_model, data_path, out_dir, settings, read_rows=read_pairs_jsonl, build=build,
                        init_adapter=init_adapter, save_adapters=["default"],
                        extra_summary={"method": "dpo", "reference": reference_kind(init_adapter, settings)})
