"""Direction extraction, the previous implementation vs the current one, interleaved in one process.

    .venv/bin/python perf/bench_direction.py RUN_DIR [--model base] [--n 143] [--rounds 2] [--old-rev HEAD]

Both read the same model over the same conversations (``RUN_DIR``'s own answers on its first benchmark),
all layers, fp32 sums; rounds alternate old, new, old, new so a change of machine load hits both. The old
implementation is ``src/emcode/direction/extract.py`` at ``--old-rev``, loaded from git. Prints the wall
times, their ratio, the load average, and the largest difference of the means (0 when the bytes agree).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def old_module(rev: str) -> object:
    """``emcode.direction.extract`` as it was at git revision ``rev``."""
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/emcode/direction/extract.py"],
                          capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "extract_old.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("extract_old", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_old"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def main() -> None:
    """Run the comparison and print one JSON line."""
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("--model", default="base")
    ap.add_argument("--n", type=int, default=143)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--old-rev", default="HEAD")
    args = ap.parse_args()
    from emcode.direction import extract as new
    from emcode.direction.stage import adapter_of, conversations
    from emcode.models.loading import load_model
    from emcode.pipeline import open_run

    old = old_module(args.old_rev)
    cfg, run, _ = open_run(args.run_dir)
    bench = next(iter(cfg.benchmarks))
    convs = conversations(run, args.model, bench)
    keys = sorted(convs)[:args.n]
    net, tok = load_model(cfg.base_model, adapter_of(cfg, run, args.model), device="cpu")
    if hasattr(net, "merge_and_unload"):
        net = net.merge_and_unload()
    net.eval()
    times: dict[str, list[float]] = {"old": [], "new": []}
    means = {}
    for _ in range(args.rounds):
        for name, module in (("old", old), ("new", new)):
            items = [module.Conversation(convs[k].messages, convs[k].answer) for k in keys]
            t0 = time.perf_counter()
            means[name] = module.mean_activations(net, tok, items)
            times[name].append(time.perf_counter() - t0)
    diff = max(float(np.abs(means["old"].answer - means["new"].answer).max()),
               float(np.abs(means["old"].prompt - means["new"].prompt).max()))
    best = {k: min(v) for k, v in times.items()}
    print(json.dumps({"model": args.model, "conversations": len(keys), "layers": len(means["new"].layers),
                      "dtype": str(next(net.parameters()).dtype), "threads": __import__("torch").get_num_threads(),
                      "old_s": [round(t, 2) for t in times["old"]], "new_s": [round(t, 2) for t in times["new"]],
                      "ratio_best": round(best["old"] / best["new"], 3), "load_average": os.getloadavg(),
                      "max_abs_diff": diff}))


if __name__ == "__main__":
    sys.exit(main())
