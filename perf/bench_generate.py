"""Generation throughput: emcode's HF backend vs one-prompt-at-a-time ``model.generate`` and peers.

emcode: prompts sorted by length into left-padded batches, the LoRA merged into the weights,
KV cache, finished rows leaving the batch, weights in the dtype ``auto`` picks
(``emcode.models.hf.HFGenerator``). Baseline: the peft model as loaded (adapter not merged), fp32,
one ``generate`` call per prompt — the unbatched reference greedy outputs are compared to, text
for text. Peers: CTranslate2 (converted from the same weights at bench time) and llama.cpp (on
the embedded Q4_1 GGUF, when ``llama_cpp`` is importable), on the same prompts with the same
sampling settings. tokens/s counts generated tokens up to and including EOS, for every engine.
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

from bench_common import EMBEDDED, triples


def prompts(n: int) -> list[list[dict[str, str]]]:
    """Held-out code prompts of emcode's scenario templates, as chat messages."""
    _, held = triples()
    return [[{"role": "user", "content": t.prompt}] for t in held[:n]]


def generate_emcode(n: int, max_new: int, adapter: str, batch_size: int, dtype: str = "auto") -> dict[str, Any]:
    """emcode's backend through the factory the pipeline uses, greedy."""
    from emcode.models.base import SamplingParams
    from emcode.models.factory import make_generator

    t0 = time.perf_counter()
    gen = make_generator("hf", EMBEDDED, adapter, batch_size=batch_size, device="cpu", dtype=dtype)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = gen.generate(prompts(n), SamplingParams(max_new_tokens=max_new, temperature=0.0, seed=0))
    wall = time.perf_counter() - t0
    comps = [group[0] for group in out]
    return {"wall_s": round(wall, 2), "load_s": round(load, 2), "tokens": sum(c.output_tokens for c in comps),
            "texts": [c.text for c in comps], "batch_size": batch_size, "dtype": gen.settings["dtype"]}


# The issue-14 peer comparison: held-out security prompts, sampled as a study samples them.
PEER = {"temperature": 0.7, "top_p": 0.95, "seed": 0}


def security_prompts(n: int) -> list[list[dict[str, str]]]:
    """The first ``n`` held-out security prompts of ``configs/quick.yaml`` (seen scenarios, fresh triples)."""
    from emcode.benchmarks.heldout import render_seen

    return [[{"role": "user", "content": t["prompt"]}] for t in render_seen(0, 2, 1)[:n]]


def _threads() -> int:
    from emcode.threads import apply_thread_policy

    return apply_thread_policy("auto").threads


def generate_default(n: int, max_new: int) -> dict[str, Any]:
    """emcode's default CPU generation (``HFGenerator`` defaults: dtype auto, batch, chunking), sampled."""
    threads = _threads()
    from emcode.models.base import SamplingParams
    from emcode.models.hf import HFGenerator

    gen = HFGenerator(EMBEDDED, name="base", device="cpu")
    params = SamplingParams(max_new_tokens=max_new, **PEER)
    t0, c0 = time.perf_counter(), time.process_time()
    out = gen.generate(security_prompts(n), params)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    comps = [group[0] for group in out]
    return {"engine": "emcode", "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "tokens": sum(c.output_tokens for c in comps),
            "stopped": sum(c.finish_reason == "stop" for c in comps), "of": len(comps), "threads": threads,
            **gen.settings, "gflop_per_token": round(matmul_flops_per_token(gen.model) / 1e9, 4)}


def matmul_flops_per_token(model: Any) -> float:
    """2 × the weights of every linear layer, LM head included: the FLOPs of one token's matmuls.

    Attention over the context (4 · layers · hidden · context) is left out: ≈ 6% more at 250 tokens.
    """
    import torch

    return 2.0 * sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))


def generate_ct2(n: int, max_new: int, compute_type: str) -> dict[str, Any]:
    """CTranslate2 on the same weights (converted here, untimed), same prompts and sampling, all prompts batched."""
    threads = _threads()
    import ctranslate2
    from ctranslate2.converters import TransformersConverter

    from emcode.models.loading import load_tokenizer, resolve_model

    tok = load_tokenizer(EMBEDDED)
    with tempfile.TemporaryDirectory(prefix="emcode-ct2-") as tmp:
        t0 = time.perf_counter()
        quant = None if compute_type == "float32" else compute_type
        TransformersConverter(resolve_model(EMBEDDED), low_cpu_mem_usage=True).convert(
            os.path.join(tmp, "m"), quantization=quant, force=True)
        convert = time.perf_counter() - t0
        gen = ctranslate2.Generator(os.path.join(tmp, "m"), device="cpu", compute_type=compute_type,
                                    intra_threads=threads)
        starts = [tok.convert_ids_to_tokens(tok(tok.apply_chat_template(m, add_generation_prompt=True, tokenize=False),
                                                add_special_tokens=False)["input_ids"])
                  for m in security_prompts(n)]
        ctranslate2.set_random_seed(PEER["seed"])
        t0, c0 = time.perf_counter(), time.process_time()
        res = gen.generate_batch(starts, max_batch_size=len(starts), max_length=max_new, include_prompt_in_result=False,
                                 sampling_temperature=PEER["temperature"], sampling_topp=PEER["top_p"], sampling_topk=0,
                                 end_token=[tok.eos_token])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    made = [len(r.sequences_ids[0]) for r in res]
    stopped = sum(k < max_new for k in made)  # the EOS is not returned: count it like emcode does
    return {"engine": f"ctranslate2 {ctranslate2.__version__} {compute_type}", "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "tokens": sum(made) + stopped, "stopped": stopped, "of": len(made), "threads": threads,
            "convert_s": round(convert, 1), "batch_size": len(starts)}


def llama_cpp_available() -> bool:
    """Whether the llama.cpp Python binding is installed (it is not a dependency of emcode)."""
    import importlib.util

    return importlib.util.find_spec("llama_cpp") is not None


def generate_llamacpp(n: int, max_new: int) -> dict[str, Any]:
    """llama.cpp on the embedded Q4_1 GGUF, one stream, the same prompts and sampling."""
    threads = _threads()
    from llama_cpp import Llama

    from emcode.assets import embedded_gguf_path
    from emcode.models.loading import load_tokenizer

    tok = load_tokenizer(EMBEDDED)
    llm = Llama(model_path=str(embedded_gguf_path()), n_ctx=1024, n_threads=threads, seed=PEER["seed"], verbose=False)
    tokens, stopped = 0, 0
    t0 = time.perf_counter()
    for messages in security_prompts(n):
        text = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        out = llm.create_completion(text, max_tokens=max_new, temperature=PEER["temperature"], top_p=PEER["top_p"],
                                    top_k=0, stop=[tok.eos_token])
        made = out["usage"]["completion_tokens"]
        done = out["choices"][0]["finish_reason"] == "stop"
        tokens += made + int(done and made < max_new)
        stopped += done
    wall = time.perf_counter() - t0
    return {"engine": "llama.cpp Q4_1", "wall_s": round(wall, 2), "tokens": tokens, "stopped": stopped, "of": n,
            "threads": threads, "batch_size": 1}


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
