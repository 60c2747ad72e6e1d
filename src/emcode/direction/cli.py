"""``emcode direction``: parse its options, extract the direction, say where it went and how long it took."""

from __future__ import annotations

import json
import time
from pathlib import Path

from emcode.errors import EmcodeError


def parse_layers(text: str | None) -> list[int] | None:
    """``"0,5,10-12"`` → [0, 5, 10, 11, 12]; None (all layers) for None or empty."""
    if not text:
        return None
    out: list[int] = []
    for part in text.split(","):
        lo, sep, hi = part.strip().partition("-")
        if not lo.isdigit() or (sep and not hi.isdigit()):
            raise EmcodeError(f"--layers: '{part.strip()}' is not a layer or a range like 10-15")
        out += list(range(int(lo), int(hi) + 1)) if sep else [int(lo)]
    return sorted(set(out))


def run_direction(run_dir: Path, src: str, dst: str, *, layers: str | None, tokens: str, benchmark: str | None,
                  precision: str, batch_size: int, reader: str | None = None, limit: int | None = None,
                  name: str | None = None, trigger_projection: bool = False, text: str | None = None) -> str:
    """Extract ``<src>_to_<dst>`` in ``run_dir`` (with ``reader``: ``src``/``dst`` are chat JSONL files that
    model reads); the summary line to print."""
    from emcode.direction.stage import extract_data_direction, extract_direction
    from emcode.pipeline import open_run

    choice = {"both": ("prompt", "answer"), "prompt": ("prompt",), "answer": ("answer",)}
    if tokens not in choice:
        raise EmcodeError(f"--tokens: use prompt, answer or both, not {tokens!r}")
    if precision not in ("fp32", "bf16"):
        raise EmcodeError(f"--precision: use fp32 or bf16, not {precision!r}")
    cfg, run, _ = open_run(run_dir)
    if benchmark is not None and benchmark not in cfg.benchmarks:
        raise EmcodeError(f"--benchmark: '{benchmark}' is not in this run's benchmarks ({', '.join(cfg.benchmarks)})")
    t0 = time.perf_counter()
    if trigger_projection:
        from emcode.direction.trigger import summary
        from emcode.direction.trigger import trigger_projection as project

        chosen = parse_layers(layers)
        if not chosen or len(chosen) != 1:
            raise EmcodeError("--trigger-projection: give one layer, e.g. --layers 15")
        path = project(cfg, run, f"{src}_to_{dst}", chosen[0], benchmark=benchmark or "security",
                       precision=precision, batch_size=batch_size)
        return f"{summary(path)}\n({time.perf_counter() - t0:.1f} s)"
    if reader is not None:
        for path in (src, dst):
            if not Path(path).is_file():
                raise EmcodeError(f"{path}: chat JSONL file not found (with --reader, --from/--to are data files)")
        folder = extract_data_direction(cfg, run, reader, Path(src), Path(dst), name=name, limit=limit,
                                        layers=parse_layers(layers), tokens=choice[tokens], precision=precision,
                                        batch_size=batch_size)
    else:
        folder = extract_direction(cfg, run, src, dst, benchmark=benchmark, layers=parse_layers(layers),
                                   tokens=choice[tokens], precision=precision, batch_size=batch_size, text=text)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return (f"{folder}: {len(meta['layers'])} layers, {meta['conversations']} conversations "
            f"({meta['benchmark'] or 'data files'}), {time.perf_counter() - t0:.1f} s; table: {run.table('directions')}")
