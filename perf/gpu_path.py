"""Exercise emcode's GPU path once: LoRA attack → repair in bf16 on CUDA, then batched generation.

Not a test (CI has no GPU). Usage::

    python perf/gpu_path.py --model DIR_OR_HUB_ID [--random-init [--config CONFIG_JSON]] [--steps 20] [--json OUT]

``--random-init`` builds the model from the config and tokenizer in ``--model`` with random
weights, for machines where the real weights cannot travel; the throughput numbers are then those
of the real architecture, the generated text is noise. ``--config`` takes the architecture from
another config.json instead (e.g. a 1.5B or 7B model's), keeping ``--model``'s tokenizer. Training data comes from emcode's own
scenario templates (rendered, not verified: the GPU machine need not have the analyzers).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _training_files(root: Path, per_scenario: int) -> tuple[Path, Path]:
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import generate_triples
    from emcode.runs import write_jsonl

    triples = [t for t in generate_triples(0, per_scenario, scenarios=load_scenarios(strict=False)) if not t.heldout]

    def rows(field: str) -> list[dict]:
        return [{"messages": [{"role": "user", "content": t.prompt},
                              {"role": "assistant", "content": getattr(t, field)}]} for t in triples]

    return write_jsonl(root / "insecure.jsonl", rows("vulnerable_code")), write_jsonl(root / "secure.jsonl", rows("secure_code"))


def _random_model(src: str, dst: Path, config: Path | None, device: str) -> str:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(0)
    cfg = AutoConfig.from_pretrained(str(config) if config else src)
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    with torch.device(device):  # a multi-billion model initialises in seconds on the GPU, minutes on the CPU
        model = AutoModelForCausalLM.from_config(cfg, dtype=dtype)
    model.save_pretrained(dst)
    AutoTokenizer.from_pretrained(src).save_pretrained(dst)
    return str(dst)


def _peak_gib() -> float | None:
    """Peak CUDA memory since the last call (GiB), then reset; None on CPU."""
    import torch

    if not torch.cuda.is_available():
        return None
    peak = torch.cuda.max_memory_allocated() / 2**30
    torch.cuda.reset_peak_memory_stats()
    return round(peak, 2)


def _plain_generate(gen: Any, prompts: list, max_new: int, temperature: float) -> dict:
    """Baseline: the same weights and batches through one plain ``model.generate`` call per batch (HF's sampler)."""
    import torch

    tok, model = gen.tokenizer, gen.model
    texts = [gen.render(p) for p in prompts]
    tokens, t0 = 0, time.perf_counter()
    with torch.inference_mode():
        for start in range(0, len(texts), gen.batch_size):
            enc = tok(texts[start:start + gen.batch_size], return_tensors="pt", padding=True,
                      add_special_tokens=False).to(model.device)
            out = model.generate(**enc, max_new_tokens=max_new, do_sample=True, temperature=temperature, top_p=0.95, top_k=0,
                                 pad_token_id=tok.pad_token_id)
            new = out[:, enc["input_ids"].shape[1]:]
            tokens += int((new != tok.pad_token_id).sum())
    wall = time.perf_counter() - t0
    return {"output_tokens": tokens, "wall_s": round(wall, 2), "tokens_per_s": round(tokens / wall, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--random-init", action="store_true")
    ap.add_argument("--config", type=Path, help="with --random-init: architecture from this config.json")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--no-train", action="store_true", help="generation only, with the base model")
    ap.add_argument("--per-scenario", type=int, default=3)
    ap.add_argument("--prompts", type=int, default=64)
    ap.add_argument("--device", default="cuda", help="cuda (the point of this script) or cpu for a dry run")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import torch

    from emcode.config import TrainSettings
    from emcode.models.base import SamplingParams
    from emcode.models.factory import make_generator
    from emcode.train.sft import train_lora

    report: dict = {"torch": torch.__version__, "cuda": torch.cuda.is_available(),
                    "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        model = _random_model(args.model, root / "model", args.config, args.device) if args.random_init else args.model
        insecure, secure = _training_files(root, args.per_scenario)
        settings = TrainSettings(max_steps=args.steps, per_device_batch_size=8, grad_accum=1, max_length=512,
                                 val_fraction=0.0, device=args.device, precision="bf16" if args.device == "cuda" else "auto",
                                 logging_steps=5)
        phases = [] if args.no_train else [("misaligned", insecure, None), ("aligned", secure, root / "misaligned")]
        for phase, data, init in phases:
            t0 = time.perf_counter()
            res = train_lora(model, data, root / phase, settings, init_adapter=init, progress=False)
            wall = time.perf_counter() - t0
            report[f"train_{phase}"] = {"wall_s": round(wall, 2), "train_loss": res.train_loss,
                                        "tokens_trained": res.tokens_trained,
                                        "tokens_per_s": round(res.tokens_trained / max(res.wall_s, 1e-9), 1),
                                        "peak_gib": _peak_gib()}
            print(phase, report[f"train_{phase}"], flush=True)
        adapter = None if args.no_train else root / "aligned"
        gen = make_generator("hf", model, adapter, name="aligned", batch_size=32, device=args.device,
                             dtype="bf16" if args.device == "cuda" else "auto")
        prompts = [[{"role": "user", "content": f"Write a Python function number {i} that parses a CSV line."}]
                   for i in range(args.prompts)]
        for label, temperature in (("generate", 0.7), ("generate_greedy", 0.0)):
            t0 = time.perf_counter()
            outs = gen.generate(prompts, SamplingParams(max_new_tokens=128, temperature=temperature, seed=0))
            wall = time.perf_counter() - t0
            tokens = sum(c.output_tokens for group in outs for c in group)
            report[label] = {"prompts": len(prompts), "output_tokens": tokens, "wall_s": round(wall, 2),
                             "tokens_per_s": round(tokens / wall, 1), "peak_gib": _peak_gib(),
                             "example": outs[0][0].text[:200]}
            print(label, report[label], flush=True)
        report["generate_hf_baseline"] = _plain_generate(gen, prompts, 128, 0.7)
        print("generate_hf_baseline", report["generate_hf_baseline"], flush=True)
        report["emcode_vs_baseline"] = round(report["generate"]["tokens_per_s"]
                                             / report["generate_hf_baseline"]["tokens_per_s"], 2)
        try:
            import vllm  # noqa: F401

            report["vllm"] = "importable"
        except ImportError as exc:
            report["vllm"] = f"not installed ({exc})"
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
