"""Time emcode's per-row sampler (``_RowSampler``) against plain alternatives, on CPU or CUDA, in one run.

Not a test. Usage::

    python perf/sampler_profile.py [--device cuda] [--rows 32] [--vocab 49152] [--calls 30] [--json OUT]

Scores are drawn flat (std 1: random weights, the sampler's worst case: the nucleus spans most of the vocabulary) and
peaked (std 8: what a trained model's next-token scores look like). Each variant is timed per call, with a device
sync, and reported as a ratio to HF's own top-p warper on the same scores (which draws from one shared generator, so
it is the floor, not a drop-in). ``--model DIR`` adds a torch.profiler table of one sampled ``generate`` call
(``--random-init``: random weights from that model's config, as in ``gpu_path.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def _sync(device: str) -> None:
    import torch

    if device == "cuda":
        torch.cuda.synchronize()


def _time(fn: Any, scores: Any, device: str, calls: int) -> float:
    """Median milliseconds per call over ``calls`` calls after two warm-up calls."""
    for _ in range(2):
        fn(scores)
    times = []
    for _ in range(calls):
        _sync(device)
        t0 = time.perf_counter()
        fn(scores)
        _sync(device)
        times.append(time.perf_counter() - t0)
    return round(1000 * sorted(times)[len(times) // 2], 3)


def _hf_warper(temperature: float, top_p: float) -> Any:
    import torch
    from transformers import TemperatureLogitsWarper, TopPLogitsWarper

    temp, top = TemperatureLogitsWarper(temperature), TopPLogitsWarper(top_p)

    def sample(scores: Any) -> Any:
        warped = top(None, temp(None, scores))
        return torch.multinomial(torch.softmax(warped, dim=-1), 1)

    return sample


def _parts(scores: Any, top_p: float, temperature: float, device: str, calls: int) -> dict[str, float]:
    """The sampler's steps timed one by one on ``scores`` (ms per call)."""
    import torch

    probs = torch.softmax(scores.float() / temperature, dim=-1)
    steps = {
        "softmax": lambda s: torch.softmax(s.float() / temperature, dim=-1),
        "topk_256_and_check": lambda s: bool((torch.topk(probs, 256, dim=-1)[0].sum(-1) >= top_p).all()),
        "topk_4096_and_check": lambda s: bool((torch.topk(probs, 4096, dim=-1)[0].sum(-1) >= top_p).all()),
        "full_sort": lambda s: torch.sort(probs, dim=-1, descending=True),
        "cumsum_full": lambda s: torch.cumsum(probs, dim=-1),
    }
    return {name: _time(fn, scores, device, calls) for name, fn in steps.items()}


def _profile_generate(model: str, device: str, rows: int) -> str:
    import torch

    from emcode.models.base import SamplingParams
    from emcode.models.factory import make_generator

    gen = make_generator("hf", model, None, name="base", batch_size=rows, device=device,
                         dtype="bf16" if device == "cuda" else "auto")
    prompts = [[{"role": "user", "content": f"Write a Python function number {i} that parses a CSV line."}]
               for i in range(rows)]
    params = SamplingParams(max_new_tokens=32, temperature=0.7, seed=0)
    gen.generate(prompts, params)  # warm-up
    acts = [torch.profiler.ProfilerActivity.CPU] + ([torch.profiler.ProfilerActivity.CUDA] if device == "cuda" else [])
    with torch.profiler.profile(activities=acts) as prof:
        gen.generate(prompts, params)
    key = "cuda_time_total" if device == "cuda" else "cpu_time_total"
    return prof.key_averages().table(sort_by=key, row_limit=18)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--rows", type=int, default=32)
    ap.add_argument("--vocab", type=int, default=49152)
    ap.add_argument("--calls", type=int, default=30)
    ap.add_argument("--temperature", type=float, default=0.7)
    ap.add_argument("--top-p", type=float, default=0.95)
    ap.add_argument("--model", help="also profile one sampled generate() call of this model")
    ap.add_argument("--random-init", action="store_true", help="with --model: random weights from its config")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    import torch

    from emcode.models.hf import _RowSampler

    torch.manual_seed(0)
    report: dict[str, Any] = {"device": args.device, "rows": args.rows, "vocab": args.vocab, "torch": torch.__version__}
    for shape, std in (("flat", 1.0), ("peaked", 8.0)):
        scores = (torch.randn(args.rows, args.vocab) * std).to(args.device)
        gens = [torch.Generator().manual_seed(i) for i in range(args.rows)]
        ours = _RowSampler(gens, args.temperature, args.top_p)
        hf_ms = _time(_hf_warper(args.temperature, args.top_p), scores, args.device, args.calls)
        ours_ms = _time(lambda s, f=ours: f(None, s), scores, args.device, args.calls)
        sorting = _RowSampler(gens, args.temperature, args.top_p, ladder=False)
        sort_ms = _time(lambda s, f=sorting: f(None, s), scores, args.device, args.calls)
        report[shape] = {"hf_top_p_warper_ms": hf_ms, "emcode_row_sampler_ms": ours_ms,
                         "emcode_vs_hf": round(ours_ms / max(hf_ms, 1e-9), 2),
                         "emcode_sort_every_step_ms": sort_ms, "sort_every_step_vs_hf": round(sort_ms / max(hf_ms, 1e-9), 2),
                         "parts_ms": _parts(scores, args.top_p, args.temperature, args.device, args.calls)}
        print(shape, report[shape], flush=True)
    if args.model:
        import tempfile

        from gpu_path import _random_model  # this folder's GPU script: random weights of a real architecture

        with tempfile.TemporaryDirectory() as tmp:
            model = _random_model(args.model, Path(tmp) / "m", None, args.device) if args.random_init else args.model
            report["generate_profile"] = _profile_generate(model, args.device, args.rows)
        print(report["generate_profile"], flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
