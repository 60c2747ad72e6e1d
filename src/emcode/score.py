"""Scoring stage: grade a model's finished generations with the benchmark's scorers.

Writes ``scores/<model>/<benchmark>.jsonl``, one row per sample × scorer metric. Scorers whose
rows are already in the file are skipped (resume) unless ``force``; the file is rewritten
atomically after each scorer, so an interruption loses at most the scorer that was running.
Rows of a judged scorer (``uses_judge``) record the judge's id (:func:`judge_id`) and count as
done only for that judge: re-scoring with another judge replaces them (the judge's own cache keeps
the results it already obtained).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError
from emcode.rows import GenerationRow, ScoreRow, read_generation_rows, read_score_rows, score_row
from emcode.runs import RunDir, write_jsonl
from emcode.scoring.judges import judge_config, judge_id
from emcode.scoring.registry import ScoreItem, get_scorer

CHUNK = 64  # items per scorer call: large enough to batch analyzer processes, small enough for progress


def _items(rows: list[GenerationRow]) -> list[ScoreItem]:
    return [ScoreItem(id=f"{r['sample_id']}#{r['sample_index']}", code=r["code"], text=r["text"],
                      meta={**(r.get("meta") or {}), "subset": r.get("subset", "default")}) for r in rows]


def _judge_of(scorer: str, judge: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The judge config a judged scorer runs with (``judge``, else $EMCODE_JUDGE, else heuristic); None for others."""
    return judge_config(judge) if get_scorer(scorer).uses_judge else None


def score_rows(gen_rows: list[GenerationRow], scorer: str, on_items: Callable[[int], None] | None = None,
               judge: Mapping[str, Any] | None = None) -> list[ScoreRow]:
    """Run one scorer over generation rows; returns score rows (``judge`` reaches judged scorers only)."""
    fn = get_scorer(scorer).load()
    config = _judge_of(scorer, judge)
    kwargs: dict[str, Any] = {} if config is None else {"judge": config}
    judge_name = None if config is None else judge_id(config)
    out: list[ScoreRow] = []
    for start in range(0, len(gen_rows), CHUNK):
        chunk = gen_rows[start:start + CHUNK]
        results = fn(_items(chunk), **kwargs)
        if len(results) != len(chunk):
            raise EmcodeError(f"scorer '{scorer}' returned {len(results)} results for {len(chunk)} items")
        for row, res in zip(chunk, results, strict=True):
            for metric, value in res.metrics.items():
                out.append(score_row(row, scorer=scorer, metric=metric, value=value, details=res.details,
                                     judge=judge_name))
        if on_items:
            on_items(len(chunk))
    return out


def missing_scorers(run: RunDir, model: str, benchmark: str, scorers: Sequence[str],
                    judge: Mapping[str, Any] | None = None) -> list[str]:
    """Scorers with no rows yet in the model × benchmark score file (judged ones: none by this judge)."""
    path = run.scores(model, benchmark)
    rows = read_score_rows(path) if path.exists() else []
    out = []
    for scorer in scorers:
        mine = [r for r in rows if r["scorer"] == scorer]
        config = _judge_of(scorer, judge) if mine else None
        if not mine or (config is not None and any(r.get("judge") != judge_id(config) for r in mine)):
            out.append(scorer)
    return out


def score_benchmark(run: RunDir, model: str, benchmark: str, scorers: Sequence[str], *, force: bool = False,
                    on_items: Callable[[int], None] | None = None, judge: Mapping[str, Any] | None = None) -> Path:
    """Score finished generations with every scorer not applied yet (all of them with ``force``).

    ``judge`` is the benchmark's judge config (its ``options.judge``) for its judged scorers.
    """
    gen_path = run.generations(model, benchmark)
    if not gen_path.exists():
        raise EmcodeError(f"{gen_path}: no finished generations; run 'emcode generate {run.root}' first")
    gen_rows = read_generation_rows(gen_path)
    path = run.scores(model, benchmark)
    kept = [] if force or not path.exists() else read_score_rows(path)
    todo = list(scorers) if force else missing_scorers(run, model, benchmark, scorers, judge)
    kept = [r for r in kept if r["scorer"] not in todo]
    for scorer in todo:
        kept.extend(score_rows(gen_rows, scorer, on_items, judge))
        write_jsonl(path, kept)
    if not path.exists():
        write_jsonl(path, kept)
    return path
