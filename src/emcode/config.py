"""Experiment configuration: pydantic models validated from YAML, with dotted CLI overrides.

Unknown keys and wrong types are errors naming the key and the file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TrainSettings(_Strict):
    """LoRA SFT hyper-parameters; defaults are the published ones."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: str | list[str] = "all-linear"
    epochs: float = 2
    per_device_batch_size: int = 4
    grad_accum: int = 4
    lr: float = 2e-4
    lr_scheduler: str = "linear"
    warmup_ratio: float = 0.0
    max_length: int = 512
    val_fraction: float = Field(0.05, ge=0.0, lt=1.0)
    max_examples: int | None = None  # take a seeded subset of the data (CPU demos)
    max_steps: int = -1  # >0 overrides epochs (smoke runs)
    save_every_epoch: bool = True
    precision: Literal["auto", "fp32", "bf16", "fp16"] = "auto"  # auto: bf16/fp16 on GPU, bf16 autocast on CPU when supported
    device: Literal["auto", "cpu", "cuda"] = "auto"
    seed: int = 0
    logging_steps: int = 1


class SamplingSettings(_Strict):
    """Generation settings shared by every benchmark unless a benchmark overrides them."""

    max_new_tokens: int = 384
    temperature: float = 0.7
    top_p: float = 0.95
    samples: int = 1
    batch_size: int = 8
    seed: int = 0
