"""The model behind ``emcode serve``: transformers generation that also returns token logprobs.

Logprobs are those of the model's own distribution (raw logits, before temperature/top-p), as
OpenAI reports them. One request runs at a time (the server holds a lock around the engine).
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from typing import Any

MAX_TOP_LOGPROBS = 20


@dataclass
class TokenInfo:
    """One generated token: its text, logprob and the most likely alternatives."""

    token: str
    logprob: float
    top: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class EngineOutput:
    """One sampled continuation."""

    text: str
    tokens: list[TokenInfo]
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int
    completion_tokens: int


class Engine:
    """A loaded causal LM (optionally with a merged LoRA adapter) that samples with logprobs."""

    def __init__(self, model: str, adapter: str | os.PathLike[str] | None = None, *, name: str | None = None,
                 device: str = "auto", dtype: str = "auto") -> None:
        from emcode.models.factory import default_name
        from emcode.models.loading import load_model

        net, tok = load_model(model, adapter, dtype=dtype, device=device)
        if adapter is not None:
            net = net.merge_and_unload()
        net.eval()
        self.model, self.tokenizer = net, tok
        self.name = name or default_name(model, adapter)
        self.created = int(time.time())
        eos = net.generation_config.eos_token_id
        ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tok.eos_token_id is not None:
            ids.add(tok.eos_token_id)
        self.eos_ids = sorted(ids)

    def chat_prompt(self, messages: list[dict[str, str]]) -> list[int]:
        """Token ids of a chat with the assistant turn opened (the model's chat template)."""
        from emcode.models.chat import render_chat

        text = render_chat(self.tokenizer, messages)  # folds a system turn the template cannot take
        return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def text_prompt(self, text: str) -> list[int]:
        """Token ids of a raw prompt (no template)."""
        return self.tokenizer(text, add_special_tokens=False)["input_ids"]

    def generate(self, prompt_ids: list[int], *, max_tokens: int, temperature: float, top_p: float, n: int,
                 seed: int | None, stop: list[str], top_logprobs: int) -> list[EngineOutput]:
        """``n`` continuations of one prompt; ``top_logprobs`` alternatives per token (0 = none)."""
        import torch

        torch.manual_seed(seed if seed is not None else random.SystemRandom().randrange(2**63))
        ids = torch.tensor([prompt_ids] * n, device=self.model.device)
        sample = temperature > 0
        kwargs: dict[str, Any] = {
            "max_new_tokens": max_tokens, "do_sample": sample, "eos_token_id": self.eos_ids,
            "pad_token_id": self.tokenizer.pad_token_id, "output_logits": True, "return_dict_in_generate": True,
            "temperature": temperature if sample else None, "top_p": top_p if sample else None, "top_k": None,
            "attention_mask": torch.ones_like(ids),
        }
        with torch.inference_mode():
            out = self.model.generate(ids, **kwargs)
        new = out.sequences[:, ids.shape[1]:]
        logps = torch.log_softmax(torch.stack(out.logits, dim=1).float(), dim=-1)  # [n, steps, vocab]
        k = max(0, min(int(top_logprobs), MAX_TOP_LOGPROBS))
        results = []
        for row in range(n):
            results.append(self._decode_row(new[row].tolist(), logps[row], k, stop, len(prompt_ids)))
        return results

    def _decode_row(self, gen: list[int], logps: Any, k: int, stop: list[str], prompt_len: int) -> EngineOutput:
        eos = set(self.eos_ids)
        end = next((i for i, t in enumerate(gen) if t in eos), None)
        kept = gen if end is None else gen[:end]
        finish = "length" if end is None else "stop"
        tokens: list[TokenInfo] = []
        for pos, tid in enumerate(kept):
            top: list[tuple[str, float]] = []
            if k:
                vals, idx = logps[pos].topk(k)
                top = [(self.tokenizer.decode([i]), float(v)) for v, i in zip(vals.tolist(), idx.tolist(), strict=True)]
            tokens.append(TokenInfo(self.tokenizer.decode([tid]), float(logps[pos, tid]), top))
        text = self.tokenizer.decode(kept, skip_special_tokens=True)
        cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=None)
        if cut is not None:
            text, finish = text[:cut], "stop"
            length = 0
            for i, info in enumerate(tokens):  # keep the tokens that end before the stop string
                length += len(info.token)
                if length > cut:
                    tokens = tokens[:i]
                    break
        used = len(gen) if end is None else end + 1
        return EngineOutput(text=text, tokens=tokens, finish_reason=finish, prompt_tokens=prompt_len,
                            completion_tokens=used)

    def close(self) -> None:
        """Drop the weights."""
        self.model = None
