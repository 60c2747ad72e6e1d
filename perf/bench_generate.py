"""Generation throughput: emcode's HF backend vs one-prompt-at-a-time ``model.generate``.

emcode: prompts sorted by length into left-padded batches, the LoRA merged into the weights,
KV cache, each row cut at its first EOS (``emcode.models.hf.HFGenerator``). Baseline: the peft
model as loaded (adapter not merged), one ``generate`` call per prompt. Both greedy, fp32, the
same prompts, chat template and token budget; tokens/s counts generated tokens up to and
including EOS. Greedy outputs of the two are compared text for text.
"""

from __future__ import annotations

import time
from typing import Any

from bench_common import EMBEDDED, triples


def prompts(n: int) -> list[list[dict[str, str]]]:
    """Held-out code prompts of emcode's scenario templates, as chat messages."""
    _, held = triples()
    return [[{"role": "user", "content": t.prompt}] for t in held[:n]]


def generate_emcode(n: int, max_new: int, adapter: str, batch_size: int) -> dict[str, Any]:
    """emcode's backend through the factory the pipeline uses."""
    from emcode.models.base import SamplingParams
    from emcode.models.factory import make_generator

    t0 = time.perf_counter()
    gen = make_generator("hf", EMBEDDED, adapter, batch_size=batch_size, device="cpu")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = gen.generate(prompts(n), SamplingParams(max_new_tokens=max_new, temperature=0.0, seed=0))
    wall = time.perf_counter() - t0
    comps = [group[0] for group in out]
    return {"wall_s": round(wall, 2), "load_s": round(load, 2), "tokens": sum(c.output_tokens for c in comps),
            "texts": [c.text for c in comps], "batch_size": batch_size}


def generate_baseline(n: int, max_new: int, adapter: str) -> dict[str, Any]:
    """One ``generate`` per prompt on the unmerged peft model."""
    import torch

    from emcode.models.loading import load_model

    model, tok = load_model(EMBEDDED, adapter, dtype="fp32", device="cpu")
    model.eval()
    eos = model.generation_config.eos_token_id
    eos_ids = sorted(set(eos if isinstance(eos, list) else [eos]) | {tok.eos_token_id})
    tokens, texts = 0, []
    t0 = time.perf_counter()
    for messages in prompts(n):
        text = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        enc = tok(text, add_special_tokens=False, return_tensors="pt")
        with torch.inference_mode():
            seq = model.generate(**enc, max_new_tokens=max_new, do_sample=False, eos_token_id=eos_ids,
                                 pad_token_id=tok.pad_token_id)
        new = seq[0, enc["input_ids"].shape[1]:].tolist()
        stop = next((i for i, t in enumerate(new) if t in eos_ids), None)
        tokens += len(new) if stop is None else stop + 1
        texts.append(tok.decode(new if stop is None else new[:stop], skip_special_tokens=True))
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "tokens": tokens, "texts": texts}


def same_outputs(a: list[str], b: list[str]) -> dict[str, Any]:
    """How many greedy outputs agree exactly, and the mean shared-prefix share where they differ."""
    same = sum(x == y for x, y in zip(a, b, strict=True))
    prefix = []
    for x, y in zip(a, b, strict=True):
        if x != y:
            k = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
            prefix.append(k / max(len(x), len(y), 1))
    return {"identical": same, "of": len(a), "differing_prefix_share": round(sum(prefix) / len(prefix), 3) if prefix else None}
