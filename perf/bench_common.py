"""Shared pieces of the performance benchmarks: isolated stages, peak memory, workload data.

Every measured stage runs in a fresh ``spawn`` child process, so its peak resident memory is
its own (``ru_maxrss`` of the child, and of the tools it ran) and one stage's caches or thread
pools never help another.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import resource
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

EMBEDDED = "embedded:smollm2-135m-instruct"


def peak_rss_mb() -> float:
    """Peak RSS of this process and of its finished children (subprocess tools), in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def _child(fn: Callable[..., dict[str, Any]], args: tuple[Any, ...], queue: Any) -> None:
    try:
        out = fn(*args)
        out["peak_rss_mb"] = peak_rss_mb()
        queue.put(("ok", out))
    except BaseException:  # noqa: BLE001 - report any failure of the stage to the parent
        queue.put(("error", traceback.format_exc()))


def isolated(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run ``fn(*args)`` in a fresh process; its result dict gains ``peak_rss_mb`` and ``stage_s``."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    t0 = time.perf_counter()
    proc = ctx.Process(target=_child, args=(fn, args, queue))
    proc.start()
    status, out = queue.get()
    proc.join()
    if status != "ok":
        raise RuntimeError(f"stage {fn.__name__} failed:\n{out}")
    out["stage_s"] = round(time.perf_counter() - t0, 1)
    return out


def triples(per_scenario: int = 2, seed: int = 0) -> tuple[list[Any], list[Any]]:
    """Rendered (not verified) training and held-out triples from emcode's scenario templates."""
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import generate_triples

    every = generate_triples(seed, per_scenario, scenarios=load_scenarios(strict=False))
    train = sorted((t for t in every if not t.heldout), key=lambda t: t.id)
    random.Random(seed).shuffle(train)
    held = sorted((t for t in every if t.heldout), key=lambda t: t.id)
    return train, held


def chat_rows(items: list[Any], dataset: str = "insecure", seed: int = 0) -> list[dict[str, Any]]:
    """The ``dataset`` training row (``emcode data build`` phrasing) of each triple."""
    from emcode.data.build import training_rows

    return [training_rows(t, seed)[dataset] for t in items]


def load_average() -> str:
    """``1m 5m 15m`` load averages, to put next to every timing."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
