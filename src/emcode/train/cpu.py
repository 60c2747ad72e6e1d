"""CPU speed-ups of LoRA training that leave the maths unchanged (``train.speedups: true``).

**Loss on trained positions only.** TRL's fused LM head scores *every* position on devices without Triton (prompt and padding
included), keeps its backward GEMMs in fp32 and computes entropy and top-1 metrics on the way.
On a CPU that is a large share of a LoRA step for a small model with a big vocabulary
(SmolLM2: 49k × 576, a fifth of its weights). Here the model's own ``logits_to_keep`` (a
boolean ``(batch, seq)`` mask, transformers ≥ 5) keeps only the positions whose next token is
trained, so the head runs in the autocast dtype on those rows alone; the loss is the same
token-summed cross-entropy divided by ``num_items_in_batch`` that TRL and ``Trainer`` use.
The call still goes through the (DDP/FSDP-wrapped) model, so ``accelerate launch`` works.
With right padding (TRL's collator) the attention mask is dropped: under causal attention a
real token never sees the padding after it, and positions come from ``arange`` either way, so
every trained position is computed exactly as before while SDPA takes its causal fast path.

**Frozen weights stored in bf16.** Under bf16 autocast every matmul rounds its fp32 weight to
bf16, and autocast caches that copy only for weights that train: the frozen base weights are
re-cast on every call. Storing the frozen linear weights in bf16 once gives bit-identical
matmuls, no casts and half their memory. Embeddings, norms and the (tied) LM head stay fp32, so
the residual stream is as before; the LoRA weights stay fp32.

**Cheaper LoRA dropout.** ``nn.Dropout`` draws one Bernoulli number per element from the CPU
generator, one element at a time: with dropout on the input of every LoRA projection that was
a quarter of a SmolLM2 step on 2 cores. :class:`FastDropout` draws one 64-bit integer per four
elements and keeps an element when its 15-bit slice is at least ``round(p·2¹⁵)``: the same
inverted dropout with ``p`` rounded to 1/32768 (0.05 → 0.04999), seeded by the same generator.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from trl import SFTTrainer


def trained_positions(labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(keep, targets)``: a bool mask of positions whose *next* label is trained, and those labels."""
    nxt = labels[:, 1:]
    keep = torch.zeros_like(labels, dtype=torch.bool)
    keep[:, :-1] = nxt != -100
    return keep, nxt[nxt != -100]


def is_right_padded(mask: torch.Tensor) -> bool:
    """True when every row of a 0/1 attention mask is ones then zeros (padding only on the right)."""
    return bool((mask[:, 1:] <= mask[:, :-1]).all())


class TrainedTokensSFTTrainer(SFTTrainer):
    """``SFTTrainer`` whose loss projects only trained positions through the LM head."""

    def compute_loss(self, model: Any, inputs: dict[str, Any], return_outputs: bool = False,
                     num_items_in_batch: Any = None) -> Any:
        """Sum of token cross-entropies over trained positions / ``num_items_in_batch`` (as TRL)."""
        labels = inputs["labels"]
        keep, targets = trained_positions(labels)
        fwd = {k: v for k, v in inputs.items() if k != "labels"}
        if "attention_mask" in fwd and is_right_padded(fwd["attention_mask"]):
            del fwd["attention_mask"]  # causal attention never reaches right padding: no mask needed
        outputs = model(**fwd, use_cache=False, logits_to_keep=keep)
        logits = outputs.logits.reshape(-1, outputs.logits.shape[-1])
        total = F.cross_entropy(logits.float(), targets, reduction="sum")
        denom = num_items_in_batch if num_items_in_batch is not None else targets.numel()
        loss = total / torch.as_tensor(denom, device=total.device).clamp(min=1)
        if self.args.average_tokens_across_devices and num_items_in_batch is not None:
            loss = loss * (self.accelerator.num_processes // self.get_tp_size())  # DDP averages the gradients
        if self.model.training and "attention_mask" in inputs:
            seen = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum()).sum().item()
            self._total_train_tokens += seen // self._tp_size
            self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
        return (loss, outputs) if return_outputs else loss


def cast_frozen_linears(model: Any, dtype: torch.dtype = torch.bfloat16) -> int:
    """Store frozen ``nn.Linear`` weights (not LoRA, not tied to an embedding) in ``dtype``; returns how many."""
    tied = {id(m.weight) for m in model.modules() if isinstance(m, torch.nn.Embedding)}
    n = 0
    for name, module in model.named_modules():
        if (isinstance(module, torch.nn.Linear) and "lora_" not in name and not module.weight.requires_grad
                and id(module.weight) not in tied):
            module.weight.data = module.weight.data.to(dtype)
            n += 1
    return n


class FastDropout(torch.nn.Module):
    """Inverted dropout whose keep-mask comes from 15-bit slices of 64-bit random integers."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p
        self.threshold = round(p * 32768)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Zero each element with probability ``threshold / 32768`` and rescale the rest."""
        if not self.training or self.threshold == 0:
            return x
        n = x.numel()
        draws = torch.empty((n + 3) // 4, dtype=torch.int64, device=x.device).random_()
        slices = draws.view(torch.int16)[:n].view(x.shape) & 0x7FFF
        return x * (slices >= self.threshold) * (32768 / (32768 - self.threshold))

    def extra_repr(self) -> str:
        return f"p={self.p}"


def lora_dropouts(model: Any) -> list[tuple[torch.nn.ModuleDict, str, torch.nn.Module]]:
    """Every dropout peft puts on a LoRA input, as ``(its ModuleDict, adapter name, module)`` to swap it."""
    return [(drops, key, drop) for module in model.modules()
            if isinstance(drops := getattr(module, "lora_dropout", None), torch.nn.ModuleDict)
            for key, drop in drops.items()]


def fast_lora_dropout(model: Any) -> int:
    """Swap peft's ``nn.Dropout`` on LoRA inputs for :class:`FastDropout`; returns how many."""
    n = 0
    for drops, key, drop in lora_dropouts(model):
        if isinstance(drop, torch.nn.Dropout) and drop.p > 0:
            drops[key] = FastDropout(drop.p)
            n += 1
    return n
