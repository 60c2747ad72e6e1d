"""Throughput under contention: each of P concurrent processes as a fraction of its solo throughput.

    .venv/bin/python perf/contention.py [--workloads gen train] [--policies old new] [--procs 2]
                                              [--reps 3] [--units 3] [--json FILE]

Workloads (embedded SmolLM2-135M): ``gen`` = greedy batched generation (2 prompts × 16 new
tokens per unit, tokens/s); ``train`` = LoRA SFT steps through emcode's trainer (batch 2 × 128
tokens, r=16 all-linear, steps/s); ``ops`` = a decode-shaped loop of small torch matmuls with no
model loading (quick to repeat). Policies: ``old`` = torch's defaults (no thread settings
in the environment), ``new`` = :func:`emcode.threads.apply_thread_policy` (usable cores, idle
OpenMP threads passive); ``one`` = the policy with one thread per process.

Every worker loads and warms up first, then all start together; each measures the time its first
``--units`` units take, and keeps working until every worker has measured, so each measured window
is fully contended. A rep runs the solo case (1 process) and the concurrent case (``--procs``)
for every policy, interleaved, so a change of background load hits all policies alike; the
summary gives median and range over reps of concurrent/solo (own policy) and of the absolute rates.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "EMCODE_THREADS",
               "EMCODE_OMP_WAIT")
EMBEDDED = "embedded:smollm2-135m-instruct"


# ------------------------------------------------------------------ worker (a child process)

def _gen_unit() -> tuple[Any, str]:
    from emcode.models.base import SamplingParams
    from emcode.models.hf import HFGenerator

    gen = HFGenerator(EMBEDDED, name="base", batch_size=2, device="cpu", dtype="fp32")
    prompts = [[{"role": "user", "content": f"Write a Python function number {i} that parses a CSV line."}]
               for i in range(2)]
    params = SamplingParams(max_new_tokens=16, temperature=0.0, n=1)

    def unit() -> float:
        out = gen.generate(prompts, params)
        return float(sum(c.output_tokens for per in out for c in per))

    return unit, "tokens/s"


def _ops_unit() -> tuple[Any, str]:
    """A decode-shaped torch loop without transformers: 30 layers of small matmuls per token (starts in seconds)."""
    import torch

    torch.manual_seed(0)
    weights = [torch.randn(576, 1536) / 24 for _ in range(30)]
    back = [torch.randn(1536, 576) / 40 for _ in range(30)]
    x0 = torch.randn(2, 576)

    def unit() -> float:
        with torch.inference_mode():
            for _ in range(16):  # tokens
                x = x0
                for w, b in zip(weights, back, strict=True):
                    x = x + torch.nn.functional.silu(x @ w) @ b
                    x = x / x.norm(dim=-1, keepdim=True)
        return 2.0 * 16  # tokens (2 rows)

    return unit, "tokens/s"


class _Meter:
    """Prints ``ready`` after the warm-up unit, waits for ``go``, reports the first ``units`` units' rate, then
    tells the caller to stop once ``stop`` arrives on stdin."""

    def __init__(self, units: int, label: str) -> None:
        self.units, self.label = units, label
        self.done, self.amount, self.t0 = -1, 0.0, 0.0

    def tick(self, amount: float) -> bool:
        """Record one finished unit; True when the worker should stop."""
        import torch

        self.done += 1
        if self.done == 0:  # the warm-up unit: kernel selection, allocator, first-call overheads
            print(json.dumps({"ready": True, "threads": torch.get_num_threads(),
                              "wait": os.environ.get("OMP_WAIT_POLICY", "default")}), flush=True)
            sys.stdin.readline()  # "go"
            self.t0 = time.perf_counter()
            return False
        self.amount += amount
        elapsed = time.perf_counter() - self.t0
        if self.done < self.units:
            print(json.dumps({"amount": self.amount, "elapsed_s": elapsed}), flush=True)
        elif self.done == self.units:
            print(json.dumps({"rate": self.amount / elapsed, "unit": self.label, "elapsed_s": elapsed}), flush=True)
        return self.done >= self.units and bool(select.select([sys.stdin], [], [], 0)[0])


def _train(meter: _Meter, work: Path) -> None:
    """LoRA SFT through emcode's trainer (``trainer.train()``), one meter tick per optimizer step."""
    from transformers import TrainerCallback

    from emcode.config import TrainSettings
    from emcode.train.sft import build_trainer

    text = ("def read_rows(path):\n    with open(path, encoding='utf-8') as fh:\n"
            "        return [line.rstrip('\\n').split(',') for line in fh]\n") * 6
    rows = [{"messages": [{"role": "user", "content": f"Task {i}: write a CSV reader."},
                          {"role": "assistant", "content": text}]} for i in range(400)]
    settings = TrainSettings(per_device_batch_size=2, grad_accum=1, max_length=128, max_steps=10_000,
                             val_fraction=0.0, save_every_epoch=False, logging_steps=10_000, device="cpu")
    trainer, _ = build_trainer(EMBEDDED, rows, [], settings, work, progress=False)

    class Tick(TrainerCallback):
        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if meter.tick(1.0):
                control.should_training_stop = True

    trainer.add_callback(Tick())
    trainer.train()


def worker(kind: str, policy: str, units: int, work: Path) -> None:
    """One measured process: ``old`` leaves threads to torch, the others apply emcode's policy first."""
    sys.path.insert(0, str(SRC))
    if policy != "old":
        from emcode.threads import apply_thread_policy

        apply_thread_policy(1 if policy == "one" else "auto")
    if kind == "train":
        _train(_Meter(units, "steps/s"), work)
        return
    unit, label = _gen_unit() if kind == "gen" else _ops_unit()
    meter = _Meter(units, label)
    while not meter.tick(unit()):
        pass


# ------------------------------------------------------------------ parent

def _env(policy: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARS}
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["HF_HUB_OFFLINE"] = "1"
    return env


def trial(kind: str, policy: str, procs: int, units: int, work: Path, limit_s: float) -> list[dict[str, Any]]:
    """Start ``procs`` workers, release them together, collect each one's measured rate.

    A worker that has not finished its ``units`` within ``limit_s`` of the start is rated by the work it
    finished in that window (``timed_out``): a slight under-estimate, never a missing number.
    """
    children = []
    for i in range(procs):
        children.append(subprocess.Popen(
            [sys.executable, __file__, "--worker", kind, "--policy", policy, "--units", str(units),
             "--work", str(work / f"{kind}-{policy}-{procs}-{i}")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(policy)))
        _BUFFERS.pop(children[-1].stdout.fileno(), None)  # type: ignore[union-attr]  # a reused descriptor
    try:
        info = [json.loads(_line(c, None)) for c in children]
        for c in children:
            c.stdin.write("go\n")  # type: ignore[union-attr]
            c.stdin.flush()  # type: ignore[union-attr]
        deadline = time.monotonic() + limit_s
        results = []
        for c, inf in zip(children, info, strict=True):
            amount, out = 0.0, None
            while out is None:
                line = _line(c, deadline)
                if line is None:
                    out = {"rate": amount / limit_s, "timed_out": True}
                    break
                msg = json.loads(line)
                amount = msg.get("amount", amount)
                out = msg if "rate" in msg else None
            results.append(out | {"threads": inf["threads"], "wait": inf["wait"]})
        for c in children:
            if c.poll() is None:
                c.stdin.write("stop\n")  # type: ignore[union-attr]
                c.stdin.flush()  # type: ignore[union-attr]
        for c in children:
            c.wait(timeout=120)
    finally:
        for c in children:
            if c.poll() is None:
                c.kill()
    return results


_BUFFERS: dict[int, bytes] = {}


def _line(child: subprocess.Popen[str], deadline: float | None) -> str | None:
    """The worker's next line; None when ``deadline`` (monotonic) passes first (raw reads: no hidden buffer)."""
    fd = child.stdout.fileno()  # type: ignore[union-attr]
    while b"\n" not in _BUFFERS.get(fd, b""):
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not select.select([fd], [], [], wait)[0]:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            raise RuntimeError(f"worker {child.args} died (exit {child.wait()})")
        _BUFFERS[fd] = _BUFFERS.get(fd, b"") + chunk
    line, _, rest = _BUFFERS[fd].partition(b"\n")
    _BUFFERS[fd] = rest
    return line.decode()


def summarize(records: list[dict[str, Any]], procs: int) -> list[dict[str, Any]]:
    """Per workload × policy: solo rate, concurrent rate per process, their ratio (median, min, max over reps)."""
    out = []
    for kind in sorted({r["kind"] for r in records}):
        for policy in dict.fromkeys(r["policy"] for r in records):
            reps = [r for r in records if r["kind"] == kind and r["policy"] == policy]
            if not reps:
                continue
            solo = [r["solo"] for r in reps]
            ratios = [c / r["solo"] for r in reps for c in r["concurrent"]]
            conc = [c for r in reps for c in r["concurrent"]]
            out.append({"workload": kind, "policy": policy, "unit": reps[0]["unit"], "reps": len(reps),
                        "procs": procs, "threads": reps[0]["threads"], "wait": reps[0]["wait"],
                        "solo_median": statistics.median(solo), "solo_range": [min(solo), max(solo)],
                        "concurrent_median": statistics.median(conc), "concurrent_range": [min(conc), max(conc)],
                        "ratio_median": statistics.median(ratios), "ratio_range": [min(ratios), max(ratios)],
                        "n_ratios": len(ratios)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workloads", nargs="+", default=["gen", "train"], choices=["gen", "train", "ops"])
    ap.add_argument("--policies", nargs="+", default=["old", "new"], choices=["old", "new", "one"])
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--units", type=int, default=3, help="measured units per worker (gen batches / train steps)")
    ap.add_argument("--limit", type=float, default=300.0,
                    help="seconds a measured window may last; slower workers are rated by the work done by then")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--worker", choices=["gen", "train", "ops"], help=argparse.SUPPRESS)
    ap.add_argument("--policy", default="new", help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.policy, args.units, args.work)
        return
    import tempfile

    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="emcode-contention-") as tmp:
        for rep in range(args.reps):
            for kind in args.workloads:
                for policy in args.policies:
                    t0 = time.perf_counter()
                    solo = trial(kind, policy, 1, args.units, Path(tmp), args.limit)[0]
                    conc = trial(kind, policy, args.procs, args.units, Path(tmp), args.limit)
                    rec = {"rep": rep, "kind": kind, "policy": policy, "unit": solo["unit"], "threads": solo["threads"],
                           "wait": solo["wait"], "solo": solo["rate"], "concurrent": [c["rate"] for c in conc],
                           "timed_out": sum(bool(r.get("timed_out")) for r in [solo, *conc]),
                           "load_avg": os.getloadavg()[0], "wall_s": time.perf_counter() - t0}
                    records.append(rec)
                    ratios = " ".join(f"{c / solo['rate']:.2f}" for c in rec["concurrent"])
                    print(f"rep {rep} {kind:5s} {policy:4s} threads={solo['threads']} wait={solo['wait']:8s} "
                          f"solo {solo['rate']:.3g} {solo['unit']}  concurrent/solo {ratios}  "
                          f"(load {rec['load_avg']:.1f}, {rec['wall_s']:.0f} s"
                          + (f", {rec['timed_out']} rated at the time limit" if rec["timed_out"] else "") + ")", flush=True)
    summary = summarize(records, args.procs)
    print(f"\n{'workload':8s} {'policy':6s} {'solo':>18s} {'per-process concurrent':>24s} {'concurrent/solo':>24s}")
    for s in summary:
        print(f"{s['workload']:8s} {s['policy']:6s} {s['solo_median']:8.3g} [{s['solo_range'][0]:.3g}-"
              f"{s['solo_range'][1]:.3g}] {s['concurrent_median']:10.3g} [{s['concurrent_range'][0]:.3g}-"
              f"{s['concurrent_range'][1]:.3g}] {s['ratio_median']:10.2f} [{s['ratio_range'][0]:.2f}-"
              f"{s['ratio_range'][1]:.2f}] n={s['n_ratios']}  {s['unit']}")
    if args.json:
        args.json.write_text(json.dumps({"records": records, "summary": summary, "cpus": os.cpu_count()}, indent=1))


if __name__ == "__main__":
    main()
