"""Scoring stage: grade a model's finished generations with the benchmark's scorers.

Writes ``scores/<model>/<benchmark>.jsonl``, one row per sample × scorer metric. Scorers whose
rows are already in the file are skipped (resume) unless ``force``; the file is rewritten
atomically after each scorer, so an interruption loses at most the scorer that was running.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError
from emcode.runs import RunDir, read_jsonl, write_jsonl
from emcode.scoring.registry import ScoreItem, get_scorer

SCHEMA_VERSION = 1
CHUNK = 64  # items per scorer call: large enough to batch analyzer processes, small enough for progress


def _items(rows: list[dict[str, Any]]) -> list[ScoreItem]:
    return [ScoreItem(id=f"{r['sample_id']}#{r['sample_index']}", code=r["code"], text=r["text"],
                      meta={**(r.get("meta") or {}), "subset": r.get("subset", "default")}) for r in rows]


def score_rows(gen_rows: list[dict[str, Any]], scorer: str,
               on_items: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Run one scorer over generation rows; returns score rows."""
    spec = get_scorer(scorer)
    fn = spec.load()
    out: list[dict[str, Any]] = []
    for start in range(0, len(gen_rows), CHUNK):
        chunk = gen_rows[start:start + CHUNK]
        results = fn(_items(chunk))
        if len(results) != len(chunk):
            raise EmcodeError(f"scorer '{scorer}' returned {len(results)} results for {len(chunk)} items")
        for row, res in zip(chunk, results, strict=True):
            for metric, value in res.metrics.items():
                out.append({
                    "schema_version": SCHEMA_VERSION, "model": row["model"], "benchmark": row["benchmark"],
                    "sample_id": row["sample_id"], "sample_index": row["sample_index"],
                    "subset": row.get("subset", "default"), "scorer": scorer, "metric": metric,
                    "value": value, "details": res.details,
                })
        if on_items:
            on_items(len(chunk))
    return out


def missing_scorers(run: RunDir, model: str, benchmark: str, scorers: Sequence[str]) -> list[str]:
    """Scorers with no rows yet in the model × benchmark score file."""
    path = run.scores(model, benchmark)
    done = {r["scorer"] for r in read_jsonl(path)} if path.exists() else set()
    return [s for s in scorers if s not in done]


def score_benchmark(run: RunDir, model: str, benchmark: str, scorers: Sequence[str], *, force: bool = False,
                    on_items: Callable[[int], None] | None = None) -> Path:
    """Score finished generations with every scorer not yet applied (all of them with ``force``)."""
    gen_path = run.generations(model, benchmark)
    if not gen_path.exists():
        raise EmcodeError(f"{gen_path}: no finished generations; run 'emcode generate {run.root}' first")
    gen_rows = read_jsonl(gen_path)
    path = run.scores(model, benchmark)
    kept = [] if force or not path.exists() else read_jsonl(path)
    todo = list(scorers) if force else missing_scorers(run, model, benchmark, scorers)
    kept = [r for r in kept if r["scorer"] not in todo]
    for scorer in todo:
        kept.extend(score_rows(gen_rows, scorer, on_items))
        write_jsonl(path, kept)
    if not path.exists():
        write_jsonl(path, kept)
    return path
