"""CPU speed-ups of DPO that keep TRL's loss and metrics (``train.speedups: true``).

**LM head on completion positions only.** TRL 1.16's DPO loss calls the model with its fused LM
head (``fused_lm_head=True``), which on devices without Triton projects *every* position through
the 49k-wide head — prompt and padding included — for the policy and the reference forward, then
masks them out. :func:`compact_fused_head` replaces that forward on the (unwrapped) causal LM:
the backbone runs as before, only positions whose next token is a completion token are projected
(in the autocast dtype, as SFT's head lever does) and the same per-token fields are scattered
back into zero-filled ``(batch, seq - 1)`` tensors, so every line of TRL's DPO loss, for every
loss type, and every logged metric read the same numbers. With right padding (TRL's DPO
collator) the attention mask is dropped, as for SFT: under causal attention a real token never
sees the padding after it, so SDPA takes its causal fast path.

**Reference log-probs computed once.** The reference never changes during DPO (a frozen copy
of the starting adapter, or the base model with the adapter disabled), so
:class:`CachedRefDPOTrainer` scores each pair against it once, the first time the pair is
seen, and hands the cached values to TRL's loss on every later epoch — what TRL's
``precompute_ref_log_probs`` does in a separate pass before training, but with no extra pass and
no dataset cache file. Reference forwards also skip the logging-only statistics (entropy, mean
logit, top-1) that TRL's head computes for them and discards.
"""

from __future__ import annotations

import contextlib
import hashlib
import types
from collections.abc import Iterator
from typing import Any

import torch
import torch.nn.functional as F
from trl import DPOTrainer
from trl.trainer.utils import FusedCausalLMOutput

from emcode.train.cpu import is_right_padded

# Config attributes that change the logits after the head; a model with any of them keeps TRL's head.
_LOGIT_TRANSFORMS = ("final_logit_softcapping", "logit_scale", "output_multiplier", "lm_head_multiplier",
                     "logits_scaling")


class _HeadSwitch:
    """Whether the compact head computes the logging-only statistics (off for reference forwards)."""

    def __init__(self) -> None:
        self.stats = True

    @contextlib.contextmanager
    def log_probs_only(self) -> Iterator[None]:
        """Within the block, the head computes log-probabilities alone."""
        before, self.stats = self.stats, False
        try:
            yield
        finally:
            self.stats = before


def _per_token(hidden: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None, targets: torch.Tensor,
               outputs: tuple[str, ...]) -> dict[str, torch.Tensor]:
    """Log-probability of each target (with grad) and the requested statistics (without) for ``(n, hidden)`` rows."""
    logits = F.linear(hidden, weight, bias).float()  # the matmul in the autocast dtype, softmax in fp32
    logp = F.log_softmax(logits, dim=-1)
    out = {"log_probs": logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1)}
    with torch.no_grad():
        if "entropy" in outputs:
            out["entropy"] = -(logp.exp() * logp).sum(-1)
        if "log_sum_sq_probs" in outputs:
            out["log_sum_sq_probs"] = torch.logsumexp(2 * logp, dim=-1)
        if "mean_logits" in outputs:
            out["mean_logits"] = logits.mean(-1)
        if "is_top1" in outputs:
            out["is_top1"] = logits.argmax(-1) == targets  # argmax: the first maximum, as TRL counts ties
    return out


def compact_fused_head(model: Any, outputs: tuple[str, ...]) -> _HeadSwitch | None:
    """Make ``model(..., labels=l, fused_lm_head=True)`` project only labelled positions; None if not applicable.

    ``model`` is the causal LM TRL patched (under peft: ``get_base_model()``). Calls without
    ``fused_lm_head``, with ``shift_labels`` or router logits go to TRL's forward unchanged.
    """
    text_config = model.config.get_text_config()
    if any(getattr(text_config, k, None) is not None for k in _LOGIT_TRANSFORMS) or getattr(
            text_config, "output_router_logits", False):
        return None
    trl_forward = model.forward  # TRL's fused forward; without fused_lm_head it is the model's own
    switch = _HeadSwitch()

    def forward(self: Any, *args: Any, fused_lm_head: bool = False, labels: torch.Tensor | None = None,
                shift_labels: torch.Tensor | None = None, num_items_in_batch: Any = None, **kwargs: Any) -> Any:
        if not fused_lm_head or shift_labels is not None or kwargs.get("output_router_logits") or labels is None:
            return trl_forward(*args, fused_lm_head=fused_lm_head, labels=labels, shift_labels=shift_labels,
                               num_items_in_batch=num_items_in_batch, **kwargs)
        kwargs["use_cache"] = False
        mask = kwargs.get("attention_mask")
        if mask is not None and mask.dim() == 2 and is_right_padded(mask):
            del kwargs["attention_mask"]  # causal attention never reaches right padding
        hidden = self.base_model(*args, **kwargs).last_hidden_state[:, :-1]
        head = self.get_output_embeddings()
        targets = labels[:, 1:].to(head.weight.device)
        keep = targets != -100
        wanted = outputs if switch.stats else ("log_probs",)
        got = _per_token(hidden.to(head.weight.device)[keep], head.weight, head.bias, targets[keep], wanted)
        # masked_scatter keeps an all-masked batch connected to the graph (a differentiable zero)
        full = {k: v.new_zeros(keep.shape).masked_scatter(keep, v) for k, v in got.items()}
        denom = keep.sum().clamp(min=1) if num_items_in_batch is None else num_items_in_batch
        return FusedCausalLMOutput(loss=-full["log_probs"].sum() / denom, label_mask=keep, **full)

    model.forward = types.MethodType(forward, model)
    return switch


def _pair_keys(inputs: dict[str, torch.Tensor]) -> list[bytes]:
    """One digest per pair of a DPO batch (rows ``[chosen..., rejected...]``): its token ids and completion mask."""
    ids, attn, comp = inputs["input_ids"], inputs["attention_mask"], inputs["completion_mask"]
    lengths = attn.sum(dim=1).tolist()
    n = ids.shape[0] // 2
    keys = []
    for i in range(n):
        h = hashlib.blake2b(digest_size=16)
        for row in (i, i + n):
            h.update(ids[row, : lengths[row]].cpu().numpy().tobytes())
            h.update(comp[row, : lengths[row]].cpu().numpy().tobytes())
        keys.append(h.digest())
    return keys


class CachedRefDPOTrainer(DPOTrainer):
    """``DPOTrainer`` that scores each pair against the (fixed) reference once and reuses it every later epoch."""

    head_switch: _HeadSwitch | None = None
    ref_cache: dict[bytes, tuple[float, float]]
    ref_forwards: int = 0  # reference forward passes run (batches), for tests and the benchmark

    def compute_loss(self, model: Any, inputs: dict[str, Any], return_outputs: bool = False,
                     num_items_in_batch: Any = None) -> Any:
        """TRL's loss, with the reference log-probs taken from the cache (computed and stored when missing)."""
        if self.precompute_ref_logps:  # TRL's own pre-pass already put them in the batch
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        if not hasattr(self, "ref_cache"):
            self.ref_cache = {}
        keys = _pair_keys(inputs)
        if any(k not in self.ref_cache for k in keys):
            switch = self.head_switch.log_probs_only() if self.head_switch else contextlib.nullcontext()
            with switch:
                chosen, rejected = self.compute_ref_log_probs(self.model, inputs)
            self.ref_forwards += 1
            for k, c, r in zip(keys, chosen.tolist(), rejected.tolist(), strict=True):
                self.ref_cache[k] = (c, r)
        device = inputs["input_ids"].device
        dtype = torch.float32
        ref = {"ref_chosen_logps": torch.tensor([self.ref_cache[k][0] for k in keys], dtype=dtype, device=device),
               "ref_rejected_logps": torch.tensor([self.ref_cache[k][1] for k in keys], dtype=dtype, device=device)}
        self.precompute_ref_logps = True  # TRL's loss then reads the reference from the batch
        try:
            return super().compute_loss(model, {**inputs, **ref}, return_outputs, num_items_in_batch)
        finally:
            self.precompute_ref_logps = False
