"""Transformers backend: batched, left-padded, seeded sampling with an optional merged adapter.

Sampling is per row: each (prompt, sample) row draws from its own ``torch.Generator`` seeded
from the sampling seed, the prompt text, its repeat index and the sample index. So a sample
does not depend on which other prompts share its batch or on the prompt's position in the list
(up to the float noise that padding brings). The draw is done in a logits processor that keeps
only the chosen token, and ``generate`` then runs greedy: transformers still owns the KV cache,
padding and EOS handling.

Finished rows leave the batch: ``generate`` runs in chunks of ``chunk_tokens`` new tokens over
one carried ``DynamicCache``, and between chunks the rows that hit EOS are dropped from the
ids, the mask, the cache (``batch_select_indices``) and the row sampler, so a batch no longer
runs until its longest answer ends. A row draws once per step while it is live, so dropping
its batch mates changes none of its draws.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from typing import Any

from emcode.models.base import Completion, Message, SamplingParams
from emcode.models.chat import render_chat
from emcode.models.loading import load_model


class _RowSampler:
    """Logits processor: temperature + top-p sampling with one generator per batch row.

    The math is batched on the model's device; only each row's uniform draw comes from its own
    generator. The top 256 tokens usually hold the nucleus, so wider top-k (and at last the
    whole vocabulary) is taken only on steps where some row's nucleus is wider: exact either way.
    """

    FAST_K = 256

    def __init__(self, generators: list[Any], temperature: float, top_p: float, ladder: bool = True) -> None:
        self.generators = generators
        self.temperature = temperature
        self.top_p = top_p
        self.ladder = ladder  # False: sort the whole vocabulary every step (one kernel on a GPU)

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        probs = torch.softmax(scores.float() / self.temperature, dim=-1)
        if self.top_p >= 1.0:
            sorted_p = probs  # the whole distribution: no order needed
            order = None
        else:
            for k in (self.FAST_K, 16 * self.FAST_K) if self.ladder else ():
                sorted_p, order = torch.topk(probs, min(k, probs.shape[-1]), dim=-1)  # sorted, largest first
                if bool((sorted_p.sum(dim=-1) >= self.top_p).all()):
                    break  # every row's nucleus lies inside the top k
            else:
                sorted_p, order = torch.sort(probs, dim=-1, descending=True)
            before = torch.cumsum(sorted_p, dim=-1) - sorted_p  # mass strictly above each token
            sorted_p = sorted_p.masked_fill(before >= self.top_p, 0.0)
        cdf = torch.cumsum(sorted_p, dim=-1)
        draws = torch.cat([torch.rand(1, generator=g, dtype=torch.float64) for g in self.generators])
        u = (draws.to(cdf.device) * cdf[:, -1].double()).to(cdf.dtype).unsqueeze(-1)
        pos = torch.searchsorted(cdf, u, right=True).clamp_(max=cdf.shape[-1] - 1)
        chosen = pos if order is None else order.gather(-1, pos)
        out = torch.full_like(scores, float("-inf"))
        out.scatter_(-1, chosen, 0.0)
        return out


def row_seed(seed: int, prompt_text: str, repeat: int, sample: int) -> int:
    """A 63-bit seed for one sample of one prompt, independent of batch layout."""
    key = f"{seed}\x00{repeat}\x00{sample}\x00{prompt_text}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") >> 1


class HFGenerator:
    """A :class:`~emcode.models.base.Generator` over a transformers causal LM (+ LoRA merged)."""

    def __init__(
        self,
        model: str,
        adapter: str | os.PathLike[str] | None = None,
        *,
        name: str,
        batch_size: int = 48,
        dtype: str = "auto",
        device: str = "auto",
        chunk_tokens: int = 32,
    ) -> None:
        self.name = name
        self.batch_size = max(1, int(batch_size))
        self.chunk_tokens = max(1, int(chunk_tokens))
        t0 = time.perf_counter()
        net, tok = load_model(model, adapter, dtype=dtype, device=device)
        if adapter is not None:
            net = net.merge_and_unload()  # one plain model: no LoRA overhead per token
        net.eval()
        tok.padding_side = "left"
        self.model, self.tokenizer = net, tok
        self.load_s = time.perf_counter() - t0
        eos = net.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tok.eos_token_id is not None:
            eos_ids.add(tok.eos_token_id)
        self.eos_ids = sorted(eos_ids)
        # what changes the bytes of a greedy answer: recorded with the run (bf16 is not fp32)
        self.settings = {"dtype": str(net.dtype).removeprefix("torch."), "batch_size": self.batch_size,
                         "chunk_tokens": self.chunk_tokens}

    def render(self, messages: list[Message]) -> str:
        """The prompt text: the model's chat template with the assistant turn opened."""
        return render_chat(self.tokenizer, messages)  # folds a system turn the template cannot take

    def generate(self, prompts: list[list[Message]], params: SamplingParams) -> list[list[Completion]]:
        """Return ``params.n`` completions per prompt, in prompt order."""
        texts = [self.render(p) for p in prompts]
        ids = [self.tokenizer(t, add_special_tokens=False)["input_ids"] for t in texts]
        seen: Counter[str] = Counter()
        rows: list[tuple[int, int, int]] = []  # (prompt index, sample index, seed)
        for i, text in enumerate(texts):
            repeat = seen[text]
            seen[text] += 1
            rows += [(i, j, row_seed(params.seed, text, repeat, j)) for j in range(params.n)]
        rows.sort(key=lambda r: (-len(ids[r[0]]), r[0], r[1]))  # similar lengths share a batch
        out: list[list[Completion | None]] = [[None] * params.n for _ in prompts]
        for start in range(0, len(rows), self.batch_size):
            batch = rows[start:start + self.batch_size]
            for (i, j, _), comp in zip(batch, self._run_batch([ids[i] for i, _, _ in batch], batch, params)):
                out[i][j] = comp
        return [[c for c in per if c is not None] for per in out]

    def _run_batch(self, batch_ids: list[list[int]], rows: list[tuple[int, int, int]],
                   params: SamplingParams) -> list[Completion]:
        """Generate one left-padded batch in chunks, dropping finished rows; each row cut at its first EOS."""
        import torch
        from transformers import DynamicCache

        enc = self.tokenizer.pad({"input_ids": batch_ids}, padding=True, return_tensors="pt")
        ids, mask = enc["input_ids"].to(self.model.device), enc["attention_mask"].to(self.model.device)
        gens = [torch.Generator().manual_seed(seed) for _, _, seed in rows] if params.temperature > 0 else []
        cache = DynamicCache(config=self.model.config)
        live = list(range(len(rows)))  # batch rows still generating, in the order of ``ids``
        new: list[list[int]] = [[] for _ in rows]
        stopped = [False] * len(rows)
        eos, left = set(self.eos_ids), params.max_new_tokens
        t0 = time.perf_counter()
        with torch.inference_mode():
            while live and left > 0:
                got = self._chunk(ids, mask, cache, [gens[i] for i in live] if gens else None, params,
                                  min(self.chunk_tokens, left))
                left -= got.shape[1]
                keep = []
                for pos, (i, toks) in enumerate(zip(live, got.tolist(), strict=True)):
                    stop = next((k for k, t in enumerate(toks) if t in eos), None)
                    new[i] += toks if stop is None else toks[:stop + 1]
                    stopped[i] = stop is not None
                    if stop is None:
                        keep.append(pos)
                ids = torch.cat([ids, got], dim=1)
                mask = torch.cat([mask, mask.new_ones(got.shape)], dim=1)
                if 0 < len(keep) < len(live):  # finished rows leave: ids, mask, cache and sampler follow
                    sel = torch.tensor(keep, device=ids.device)
                    ids, mask = ids[sel], mask[sel]
                    cache.batch_select_indices(sel)
                live = [live[pos] for pos in keep]
        latency = time.perf_counter() - t0
        return [Completion(
            text=self.tokenizer.decode(gen[:-1] if done else gen, skip_special_tokens=True),
            prompt_tokens=len(prompt_ids),
            output_tokens=len(gen),
            latency_s=latency,
            finish_reason="stop" if done else "length",
            extra={"batch_size": len(batch_ids), "dtype": self.settings["dtype"]},
        ) for prompt_ids, gen, done in zip(batch_ids, new, stopped, strict=True)]

    def _chunk(self, ids: Any, mask: Any, cache: Any, gens: list[Any] | None, params: SamplingParams,
               steps: int) -> Any:
        """Up to ``steps`` new tokens for every row of ``ids``, continuing ``cache`` in place."""
        from transformers import LogitsProcessorList

        kwargs: dict[str, Any] = {
            "max_new_tokens": steps, "do_sample": False, "use_cache": True,
            "eos_token_id": self.eos_ids, "pad_token_id": self.tokenizer.pad_token_id,
            "temperature": None, "top_p": None, "top_k": None,
        }
        if gens is not None:
            kwargs["logits_processor"] = LogitsProcessorList([_RowSampler(gens, params.temperature, params.top_p)])
        seqs = self.model.generate(input_ids=ids, attention_mask=mask, cache=cache, **kwargs)
        return seqs[:, ids.shape[1]:]

    def close(self) -> None:
        """Drop the weights and give their memory back (CUDA cache, glibc heap)."""
        from emcode.memory import release_memory

        self.model = None
        release_memory()
