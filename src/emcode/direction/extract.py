"""Mean residual-stream activations of one model over prompts and answers, by teacher-forced forward passes.

Every decoder layer's output is averaged over a conversation's prompt tokens and, separately, over
its answer tokens; the per-conversation means are then averaged over conversations, so each answer
counts once however long it loops. Nothing is generated: the answers are the ones the run already wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from emcode.models.base import Message
from emcode.models.chat import render_chat
from emcode.models.layers import decoder_layers, hidden_of

TOKENS = ("prompt", "answer")


class _Done(Exception):
    """Raised by the last wanted layer's hook: the rest of the forward pass is skipped."""


@dataclass(frozen=True)
class Conversation:
    """One prompt (chat messages) and the answer a model gave to it."""

    messages: list[Message]
    answer: str


@dataclass(frozen=True)
class Means:
    """Per-layer mean activations (layers × hidden) for prompt and answer tokens, with their counts."""

    layers: list[int]
    prompt: np.ndarray
    answer: np.ndarray
    n_prompt: int  # conversations with at least one prompt token
    n_answer: int  # conversations with at least one answer token
    each: dict[str, np.ndarray] | None = None  # with ``each=True``: conversations × layers × hidden (NaN: no tokens)

    def of(self, tokens: str) -> np.ndarray:
        """The means of one token selection (``prompt`` or ``answer``)."""
        return self.prompt if tokens == "prompt" else self.answer


def encode(tokenizer: Any, conv: Conversation) -> tuple[list[int], int]:
    """Token ids of prompt (chat template, assistant turn opened) + answer, and the prompt's length."""
    prompt = tokenizer(render_chat(tokenizer, conv.messages), add_special_tokens=False)["input_ids"]
    answer = tokenizer(conv.answer, add_special_tokens=False)["input_ids"] if conv.answer else []
    return list(prompt) + list(answer), len(prompt)


def mean_activations(model: Any, tokenizer: Any, convs: Sequence[Conversation], layers: Sequence[int] | None = None,
                     batch_size: int = 16, max_tokens: int = 1024, precision: str = "fp32",
                     each: bool = False) -> Means:
    """Mean decoder-layer outputs of ``model`` over every conversation's prompt and answer tokens.

    Conversations are sorted by length and right-padded in batches (causal attention never sees the
    padding). Sequences longer than ``max_tokens`` keep their first ``max_tokens`` tokens. ``precision``
    ``bf16`` runs an fp32 model's matmuls under bf16 autocast (faster on CPUs with AVX-512 BF16); a model loaded
    in bf16 (the embedded one) runs in bf16 either way. Sums are fp64, taken in each layer's hook (nothing
    kept per layer), and the pass stops after the last wanted layer (no LM head). ``each`` also keeps every
    conversation's own means (for paired statistics over conversations).
    """
    import torch

    blocks = decoder_layers(model)
    chosen = list(range(len(blocks))) if layers is None else sorted(set(layers))
    encoded = [encode(tokenizer, c) for c in convs]
    encoded = [(ids[:max_tokens], min(p, max_tokens)) for ids, p in encoded]
    order = sorted(range(len(encoded)), key=lambda i: -len(encoded[i][0]))
    hidden = int(model.config.hidden_size)
    sums = {t: np.zeros((len(chosen), hidden), dtype=np.float64) for t in TOKENS}
    counts = dict.fromkeys(TOKENS, 0)
    per_conv = {t: np.full((len(convs), len(chosen), hidden), np.nan) for t in TOKENS} if each else None

    weights: dict[str, Any] = {}  # per token selection: (rows kept, per-token weights) of the batch in flight
    last = len(chosen) - 1

    def hook(index: int) -> Any:
        def accumulate(module: Any, args: Any, output: Any) -> None:
            h = hidden_of(output).to(torch.float64)  # once per layer, shared by both token selections
            for t in TOKENS:
                keep, w, rows = weights[t]
                if per_conv is None:
                    sums[t][index] += torch.einsum("bs,bsd->d", w, h[keep]).cpu().numpy()
                else:
                    one = torch.einsum("bs,bsd->bd", w, h[keep]).cpu().numpy()
                    per_conv[t][rows, index] = one
                    sums[t][index] += one.sum(axis=0)
            if index == last:
                raise _Done  # the later layers and the LM head (a vocabulary-wide matmul per token) are not needed
        return accumulate

    handles = [blocks[layer].register_forward_hook(hook(k)) for k, layer in enumerate(chosen)]
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    device = next(model.parameters()).device
    if precision not in ("fp32", "bf16"):
        raise ValueError(f"precision: use fp32 or bf16, not {precision!r}")
    try:
        with torch.inference_mode(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=precision == "bf16"):
            for start in range(0, len(order), batch_size):
                members = order[start:start + batch_size]
                batch = [encoded[i] for i in members]
                width = max(len(ids) for ids, _ in batch)
                ids = torch.full((len(batch), width), pad, dtype=torch.long)
                attn = torch.zeros((len(batch), width), dtype=torch.long)
                masks = {t: torch.zeros((len(batch), width), dtype=torch.float64) for t in TOKENS}
                for row, (seq, n_prompt) in enumerate(batch):
                    ids[row, :len(seq)] = torch.tensor(seq, dtype=torch.long)
                    attn[row, :len(seq)] = 1
                    masks["prompt"][row, :n_prompt] = 1.0
                    masks["answer"][row, n_prompt:len(seq)] = 1.0
                for t in TOKENS:
                    n = masks[t].sum(dim=1)
                    keep = n > 0
                    counts[t] += int(keep.sum())
                    weights[t] = (keep.to(device), (masks[t][keep] / n[keep, None]).to(device),  # each sums to 1
                                  [i for i, k in zip(members, keep.tolist(), strict=True) if k])
                try:
                    model(input_ids=ids.to(device), attention_mask=attn.to(device), use_cache=False)
                except _Done:
                    pass
    finally:
        for h in handles:
            h.remove()
    means = {t: sums[t] / max(counts[t], 1) for t in TOKENS}
    return Means(chosen, means["prompt"].astype(np.float32), means["answer"].astype(np.float32),
                 counts["prompt"], counts["answer"], per_conv)
