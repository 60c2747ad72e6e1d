"""emcode vs baselines, side by side in one run: training, generation, scoring (and more).

    .venv/bin/python perf/run.py [--json FILE] [--quick] [--only STAGE ...] [--e2e [CONFIG ...]] [--threads N]

Prints one table and writes ``{"machine": ..., "rows": [{"name", "unit", "emcode", "baseline",
"ratio", ...}]}``. Every stage runs in its own process (peak RSS per stage); emcode and its
baseline run back to back on the same inputs. Not a test: it takes minutes (``--quick``: fewer).
The workload is emcode's own: training rows and prompts rendered from its scenario templates on
the embedded SmolLM2-135M-Instruct, settings of ``configs/quick.yaml``. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import isolated, load_average

SIZES = {  # (train rows, eval rows, prompts, new tokens, scored files, baseline files, sandbox jobs, peer prompts/tokens)
    "full": {"train": 48, "eval": 16, "prompts": 16, "new_tokens": 96, "files": 96, "base_files": 12, "jobs": 100,
             "peer_prompts": 48, "peer_new_tokens": 320},
    "quick": {"train": 16, "eval": 8, "prompts": 8, "new_tokens": 48, "files": 48, "base_files": 6, "jobs": 40,
              "peer_prompts": 8, "peer_new_tokens": 64},
}
STAGES = ("training", "levers", "dpo", "generation", "scoring", "sandbox")
E2E_CONFIGS = ("configs/smoke.yaml", "configs/quick.yaml")
ROOT = Path(__file__).resolve().parents[1]


def machine() -> dict[str, Any]:
    """CPU model, cores, bf16 support, library versions."""
    import torch

    info: dict[str, Any] = {"platform": platform.platform(), "python": platform.python_version(),
                            "torch": torch.__version__, "threads": torch.get_num_threads(), "cpus": os.cpu_count()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        fields = dict(line.split(":", 1) for line in lscpu.splitlines() if ":" in line)
        info["cpu"] = fields.get("Model name", "?").strip()
        info["avx512_bf16"] = "avx512_bf16" in fields.get("Flags", "")
    except OSError:
        info["cpu"] = platform.processor()
    import transformers
    import trl

    info.update(transformers=transformers.__version__, trl=trl.__version__)
    return info


def row(name: str, unit: str, emcode: float, baseline: float | None, rss: tuple[Any, Any] = (None, None),
        note: str = "") -> dict[str, Any]:
    """One table row; ``ratio`` is emcode / baseline (None without a baseline)."""
    ratio = round(emcode / baseline, 2) if baseline else None
    base = None if baseline is None else round(baseline, 3)
    return {"name": name, "unit": unit, "emcode": round(emcode, 3), "baseline": base, "ratio": ratio,
            "peak_rss_mb": {"emcode": rss[0], "baseline": rss[1]}, "note": note}


def training_rows(size: dict[str, int], tmp: Path, levers: bool) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Training throughput, FLOP/s against the measured peak, quality, and the levers before/after."""
    from bench_train import peak_matmul, train_baseline, train_emcode, useful_flops

    peak = isolated(peak_matmul)
    base = isolated(train_baseline, size["train"], size["eval"], str(tmp / "base"))
    emc = isolated(train_emcode, size["train"], size["eval"], str(tmp / "emcode"), True, str(tmp / "adapter"))
    again = isolated(peak_matmul)  # a peak is a maximum: keep the better of two measurements
    peak.update({k: max(peak[k], again[k]) for k in ("fp32_gflops", "bf16_gflops")})
    flops = useful_flops(emc["cfg"], emc["lin_params"], emc["lora_params"], emc["lengths"], emc["trained"])
    rate_e, rate_b = emc["useful_tokens"] / emc["wall_s"], base["useful_tokens"] / base["wall_s"]
    gf_e, gf_b = flops / emc["wall_s"] / 1e9, flops / base["wall_s"] / 1e9
    rss = (emc["peak_rss_mb"], base["peak_rss_mb"])
    out = [
        row("training", "useful tokens/s", rate_e, rate_b, rss,
            f"{emc['useful_tokens']} trained tokens, {emc['steps']} steps; baseline pads "
            f"{base['padded_tokens']} tokens for {base['real_tokens']} real"),
        row("training_gflops", "model GFLOP/s", gf_e, gf_b, rss, f"useful model FLOPs {flops / 1e12:.2f} TFLOP/epoch"),
        row("training_peak_fraction", "% of peak matmul", 100 * gf_e / peak["bf16_gflops"],
            100 * gf_b / peak["fp32_gflops"], (peak["peak_rss_mb"], None),
            f"peak {peak['bf16_gflops']} GFLOP/s bf16 (emcode), {peak['fp32_gflops']} fp32 (baseline)"),
        row("quality_heldout_loss", "loss (lower=better)", emc["heldout_loss"], base["heldout_loss"], rss,
            f"untrained {base['heldout_loss_untrained']}; same rows, fp32, one row at a time"),
        row("quality_train_loss", "mean train loss", emc["train_loss"], base["train_loss"], rss),
    ]
    detail = {"peak": peak, "emcode": {k: v for k, v in emc.items() if k not in ("lengths", "trained")},
              "baseline": base}
    if levers:
        before = isolated(train_emcode, size["train"], size["eval"], str(tmp / "before"), False)
        out.insert(1, row("training_levers", "useful tokens/s", rate_e, before["useful_tokens"] / before["wall_s"],
                          (emc["peak_rss_mb"], before["peak_rss_mb"]),
                          "baseline = emcode before (TRL defaults, random batches, fused head) + bf16 autocast; "
                          f"its held-out loss {before['heldout_loss']}"))
        detail["before"] = {k: v for k, v in before.items() if k not in ("lengths", "trained")}
    return out, detail


DPO_REPEATS = 3  # emcode/TRL pairs, interleaved: the machine is shared and drifts


def dpo_rows(size: dict[str, int], tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """A DPO epoch: emcode's DPO trainer vs TRL's DPOTrainer with its defaults, completion tokens/s.

    ``DPO_REPEATS`` interleaved pairs (the row: their median ratio), then each DPO speed-up left
    out (two epochs for the reference cache, which pays from the second epoch on), and SFT on the
    same number of rows for the per-row cost of a DPO pair.
    """
    from statistics import median

    from bench_train import train_dpo_emcode, train_emcode

    def rate(r: dict[str, Any]) -> float:
        return r["completion_tokens"] / r["wall_s"]

    n = size["train"] // 2  # a pair is two sequences: about the SFT stage's tokens
    pairs = []
    for k in range(DPO_REPEATS):
        stock = isolated(train_dpo_emcode, n, str(tmp / f"dpo_trl{k}"), True)
        emc = isolated(train_dpo_emcode, n, str(tmp / f"dpo_emcode{k}"), False)
        pairs.append({"trl": stock, "emcode": emc, "ratio": round(rate(emc) / rate(stock), 3), "load": load_average()})
    mid = sorted(pairs, key=lambda p: p["ratio"])[len(pairs) // 2]
    emc, stock = mid["emcode"], mid["trl"]
    ratios = ", ".join(f"{p['ratio']:.2f}x" for p in pairs)
    out = [row("dpo_training", "completion tokens/s", rate(emc), rate(stock), (emc["peak_rss_mb"], stock["peak_rss_mb"]),
               f"median of {DPO_REPEATS} interleaved pairs ({ratios}); {n} pairs, {emc['steps']} steps, "
               f"{emc['completion_tokens']} chosen+rejected tokens; train loss {emc['train_loss']} vs "
               f"{stock['train_loss']}")]
    detail: dict[str, Any] = {"pairs": pairs, "median_ratio": median(p["ratio"] for p in pairs)}
    for lever, epochs in (("completion_head", 1), ("ref_cache", 2)):
        # its own "all on" run right before "all but": on a shared machine the load drifts within minutes
        on = isolated(train_dpo_emcode, n, str(tmp / f"dpo_{lever}_on"), False, epochs)
        off = isolated(train_dpo_emcode, n, str(tmp / f"dpo_no_{lever}"), False, epochs, lever)
        out.append(row(f"dpo_lever_{lever}", "completion tokens/s", rate(on), rate(off),
                       (on["peak_rss_mb"], off["peak_rss_mb"]),
                       f"all DPO speed-ups vs all but {lever}, {epochs} epoch(s); cached reference forwards "
                       f"{on['ref_forwards']} (TRL's path: one per batch per epoch); train loss {on['train_loss']} "
                       f"vs {off['train_loss']}"))
        detail[f"lever_{lever}"] = {"on": on, "off": off}
    on = isolated(train_dpo_emcode, n, str(tmp / "dpo_per_row"), False)  # back to back with the SFT run
    sft = isolated(train_emcode, n, 0, str(tmp / "dpo_sft"))
    per_pair, per_row = on["wall_s"] / n, sft["wall_s"] / n
    out.append(row("dpo_vs_sft_per_row", "s per row", per_pair, per_row, (on["peak_rss_mb"], sft["peak_rss_mb"]),
                   f"emcode DPO s/pair vs emcode SFT s/row, {n} rows each, one epoch, same LoRA and batch of "
                   "sequences"))
    detail["sft"] = {k: v for k, v in sft.items() if k not in ("lengths", "trained")}
    return out, detail


def lever_rows(size: dict[str, int], tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Leave-one-out: emcode's training with every speed-up vs the same without one of them."""
    from bench_train import LEVERS, train_emcode

    def rate(r: dict[str, Any]) -> float:
        return r["useful_tokens"] / r["wall_s"]

    keep = ("wall_s", "useful_tokens", "train_loss", "peak_rss_mb", "steps")
    # its own "all on" run rather than the training stage's: each pair runs back to back (machine drift)
    full = isolated(train_emcode, size["train"], 0, str(tmp / "lever_all"))
    rows, detail = [], {"all": {k: full[k] for k in keep}}
    for lever in LEVERS:
        off = isolated(train_emcode, size["train"], 0, str(tmp / f"lever_{lever}"), True, None, lever)
        detail[lever] = {k: off[k] for k in keep}
        rows.append(row(f"lever_{lever}", "useful tokens/s", rate(full), rate(off),
                        (full["peak_rss_mb"], off["peak_rss_mb"]),
                        f"all speed-ups vs all but {lever}; train loss {full['train_loss']} vs {off['train_loss']}"))
    none = isolated(train_emcode, size["train"], 0, str(tmp / "lever_none"), True, None, "recompute_off")
    detail["recompute_off"] = {k: none[k] for k in keep}
    rows.append(row("recompute_off_vs_half", "useful tokens/s", rate(none), rate(full),
                    (none["peak_rss_mb"], full["peak_rss_mb"]),
                    "no activation recomputation at all vs emcode's every second layer: speed vs memory"))
    return rows, detail


def generation_rows(size: dict[str, int], tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Generation tokens/s and greedy agreement (needs the training stage's adapter), then the peer engines."""
    from bench_generate import generate_baseline, generate_emcode, same_outputs

    adapter = tmp / "adapter"
    if not adapter.is_dir():
        from emcode.models.loading import write_adapter_meta  # no training stage ran: an untrained LoRA

        _untrained_adapter(adapter)
        write_adapter_meta(adapter, "embedded:smollm2-135m-instruct")
    n, new = size["prompts"], size["new_tokens"]
    emc = isolated(generate_emcode, n, new, str(adapter), n)
    base = isolated(generate_baseline, n, new, str(adapter))
    emc32 = isolated(generate_emcode, n, new, str(adapter), n, "fp32")
    rss = (emc["peak_rss_mb"], base["peak_rss_mb"])
    rows, detail = [
        row("generation", "tokens/s", emc["tokens"] / emc["wall_s"], base["tokens"] / base["wall_s"], rss,
            f"{n} prompts, greedy, ≤{new} new tokens, batch {emc['batch_size']} {emc['dtype']} vs 1 fp32; "
            f"{emc['tokens']} vs {base['tokens']} tokens"),
    ], {"emcode": {k: v for k, v in emc.items() if k != "texts"}, "emcode_fp32": {k: v for k, v in emc32.items()
                                                                                   if k != "texts"},
        "baseline": {k: v for k, v in base.items() if k != "texts"}}
    for name, run in (("quality_greedy_identical", emc), ("quality_greedy_identical_fp32", emc32)):
        agree = same_outputs(run["texts"], base["texts"])
        detail[f"agreement_{run['dtype']}"] = agree
        rows.append(row(name, "outputs", agree["identical"], agree["of"], (run["peak_rss_mb"], base["peak_rss_mb"]),
                        f"greedy texts equal: batched+merged {run['dtype']} vs unbatched+unmerged fp32; where not, "
                        f"shared prefix {agree['differing_prefix_share']}"))
    got, detail["peers"] = peer_rows(size)
    return rows + got, detail


def peer_rows(size: dict[str, int]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """emcode's default generation vs CTranslate2 (int8, fp32) and llama.cpp, back to back, + peak fraction."""
    import importlib.util

    from bench_generate import generate_ct2, generate_default, generate_llamacpp, llama_cpp_available
    from bench_train import peak_matmul

    n, new = size["peer_prompts"], size["peer_new_tokens"]
    setting = f"{n} held-out security prompts, T 0.7, top-p 0.95, ≤{new} new tokens"

    def rate(r: dict[str, Any]) -> float:
        return r["tokens"] / r["wall_s"]

    emc = isolated(generate_default, n, new)
    peers: list[tuple[str, dict[str, Any]]] = []
    if importlib.util.find_spec("ctranslate2") is not None:
        peers += [(f"generation_vs_ct2_{ct}", isolated(generate_ct2, n, new, ct)) for ct in ("int8", "float32")]
    if llama_cpp_available():
        peers.append(("generation_vs_llamacpp", isolated(generate_llamacpp, n, new)))
    def per_cpu(r: dict[str, Any]) -> str:  # less sensitive than wall time to a shared machine
        return f", {r['tokens'] / r['cpu_s']:.0f} tokens/CPU-s" if r.get("cpu_s") else ""

    emc_note = (f"emcode {emc['dtype']} batch {emc['batch_size']} chunk {emc['chunk_tokens']}: {emc['tokens']} tokens "
                f"in {emc['wall_s']} s{per_cpu(emc)}, {emc['stopped']}/{emc['of']} stopped")
    rows = [row(name, "tokens/s", rate(emc), rate(peer), (emc["peak_rss_mb"], peer["peak_rss_mb"]),
                f"{setting}; {emc_note}; {peer['engine']} batch {peer['batch_size']}: {peer['tokens']} tokens in "
                f"{peer['wall_s']} s{per_cpu(peer)}, {peer['stopped']}/{peer['of']} stopped")
            for name, peer in peers]
    peak = isolated(peak_matmul)
    gflops = rate(emc) * emc["gflop_per_token"]
    rows.append(row("generation_peak_fraction", "% of peak matmul", 100 * gflops / peak["bf16_gflops"], None,
                    (emc["peak_rss_mb"], None),
                    f"{emc['gflop_per_token']} GFLOP/token (linear layers) × {rate(emc):.0f} tokens/s = {gflops:.1f} "
                    f"GFLOP/s of a {peak['bf16_gflops']} GFLOP/s bf16 matmul peak"))
    missing = [] if llama_cpp_available() else ["llama_cpp (llama-cpp-python has no binary wheel on PyPI)"]
    if importlib.util.find_spec("ctranslate2") is None:
        missing.append("ctranslate2 (pip install -e '.[perf]')")
    return rows, {"emcode": emc, "peers": dict(peers), "peak": peak, "not_installed": missing}


def _untrained_adapter(path: Path) -> None:
    from peft import LoraConfig, get_peft_model

    from emcode.models.loading import load_model

    model, _ = load_model("embedded:smollm2-135m-instruct", dtype="fp32", device="cpu")
    get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear")).save_pretrained(path)


def scoring_rows(size: dict[str, int]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Files/s of the batched scanners + linters vs per-file subprocesses."""
    from bench_score import score_baseline, score_emcode

    emc = isolated(score_emcode, size["files"])
    base = isolated(score_baseline, size["base_files"])
    return [row("scoring", "files/s", emc["files"] / emc["wall_s"], base["files"] / base["wall_s"],
                (emc["peak_rss_mb"], base["peak_rss_mb"]),
                f"bandit+semgrep+ruff+radon; {emc['files']} files batched vs {base['files']} one by one")], \
        {"emcode": emc, "baseline": base}


def sandbox_rows(size: dict[str, int]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Test jobs/s in the sandbox vs a fresh interpreter per job, for a trivial and a Flask test."""
    from bench_score import sandbox_baseline, sandbox_emcode

    rows, detail = [], {}
    for kind in ("trivial", "flask"):
        emc = isolated(sandbox_emcode, size["jobs"], 2, kind)
        base = isolated(sandbox_baseline, size["jobs"], 2, kind)
        rows.append(row(f"sandbox_{kind}", "jobs/s", emc["jobs"] / emc["wall_s"], base["jobs"] / base["wall_s"],
                        (emc["peak_rss_mb"], base["peak_rss_mb"]),
                        f"{emc['jobs']} jobs, 2 workers, {emc['passed']} passed; sandbox isolates "
                        f"({emc['isolation']}), the baseline only sets rlimits; zygote start included"))
        detail[kind] = {"emcode": emc, "baseline": base}
    return rows, detail


def e2e_rows(configs: list[str], tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Wall time and per-stage peak RSS of ``emcode run CONFIG`` (a fresh run directory, no baseline)."""
    import time

    rows, detail = [], {}
    for config in configs:
        out = tmp / Path(config).stem
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "emcode", "run", str(ROOT / config), "--out", str(out)], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        stages = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["stages"]
        detail[config] = {name: {"wall_s": st["wall_s"], "peak_rss_mb": st.get("peak_rss_mb")}
                          for name, st in stages.items()}
        peak = max(st.get("peak_rss_mb") or 0 for st in stages.values())
        per_stage = ", ".join(f"{n} {st['wall_s']:.0f}s/{(st.get('peak_rss_mb') or 0) / 1024:.2f}GB"
                              for n, st in stages.items())
        rows.append(row(f"e2e_{Path(config).stem}", "s wall", wall, None, (peak, None), per_stage))
    return rows, detail


def table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width table of the rows."""
    head = f"{'name':<26} {'unit':<20} {'emcode':>10} {'baseline':>10} {'ratio':>7} {'RSS MiB e/b':>13}  note"
    lines = [head, "-" * len(head)]
    for r in rows:
        rss = r["peak_rss_mb"]
        mem = "/".join("-" if v is None else f"{v:.0f}" for v in (rss["emcode"], rss["baseline"]))
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        base = "-" if r["baseline"] is None else f"{r['baseline']:.4g}"
        lines.append(f"{r['name']:<26} {r['unit']:<20} {r['emcode']:>10.4g} {base:>10} {ratio:>7} "
                     f"{mem:>13}  {r['note']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the rows and machine details here")
    ap.add_argument("--quick", action="store_true", help="smaller workloads, no levers before/after row")
    ap.add_argument("--only", nargs="*", choices=STAGES, default=list(STAGES), help="stages to run (none: only --e2e)")
    ap.add_argument("--e2e", nargs="*", metavar="CONFIG", default=None,
                    help=f"also run these configs end to end (no CONFIG: {' '.join(E2E_CONFIGS)}); minutes each")
    ap.add_argument("--threads", type=int, help="torch/OpenMP threads per stage (default: torch's, all cores)")
    args = ap.parse_args(argv)
    if args.threads:  # read by torch when each stage's process imports it
        os.environ["OMP_NUM_THREADS"] = os.environ["MKL_NUM_THREADS"] = str(args.threads)
    size = SIZES["quick" if args.quick else "full"]
    info = machine()
    info["load_before"] = load_average()
    rows: list[dict[str, Any]] = []
    details: dict[str, Any] = {"sizes": size}
    with tempfile.TemporaryDirectory(prefix="emcode-perf-") as tmp:
        for stage in args.only:
            print(f"[{stage}] load {load_average()}", file=sys.stderr, flush=True)
            if stage == "training":
                got, details[stage] = training_rows(size, Path(tmp), levers=not args.quick)
            elif stage == "levers":
                if args.quick:
                    continue
                got, details[stage] = lever_rows(size, Path(tmp))
            elif stage == "dpo":
                got, details[stage] = dpo_rows(size, Path(tmp))
            elif stage == "generation":
                got, details[stage] = generation_rows(size, Path(tmp))
            elif stage == "scoring":
                got, details[stage] = scoring_rows(size)
            else:
                got, details[stage] = sandbox_rows(size)
            rows += got
        if args.e2e is not None:
            print(f"[e2e] load {load_average()}", file=sys.stderr, flush=True)
            got, details["e2e"] = e2e_rows(args.e2e or list(E2E_CONFIGS), Path(tmp))
            rows += got
    info["load_after"] = load_average()
    print(f"machine: {info['cpu']}, {info['cpus']} CPUs, torch {info['torch']} ({info['threads']} threads), "
          f"avx512_bf16={info.get('avx512_bf16')}; load {info['load_before']} → {info['load_after']}")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "rows": rows, "details": details}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
