"""Generation stage: run one benchmark's prompts through one model, resumable per sample.

Rows go to ``generations/<model>/<benchmark>.jsonl`` (one per sample × sample index) and each
answer's code to ``generations/<model>/<benchmark>/<sample_id>_<k>.py``. Finished batches are
appended to a ``.partial`` file; an interrupted run resumes after the last finished batch and
the final file appears only when every sample is done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emcode.benchmarks import Sample
from emcode.code_extract import extract_code
from emcode.models.base import Generator, SamplingParams
from emcode.runs import PartialJsonl, RunDir, atomic_write_text, read_jsonl, write_jsonl

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class GenerationPlan:
    """Resolved sampling for one benchmark: n samples per prompt, batched prompts, a base seed."""

    max_new_tokens: int
    temperature: float
    top_p: float
    samples: int
    batch_size: int
    seed: int


def code_path(run: RunDir, model: str, benchmark: str, sample_id: str, k: int) -> Path:
    """Where a sample's extracted code is saved (sample id parts become safe path parts)."""
    parts = [re.sub(r"[^A-Za-z0-9_.-]", "_", p) or "_" for p in sample_id.split("/")]
    parts[-1] = f"{parts[-1]}_{k}.py"
    return run.code_dir(model, benchmark).joinpath(*parts)


def _write_code_files(run: RunDir, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        path = code_path(run, row["model"], row["benchmark"], row["sample_id"], row["sample_index"])
        if not path.exists() or path.read_text(encoding="utf-8") != row["code"]:
            atomic_write_text(path, row["code"])


def _key(row: dict[str, Any]) -> tuple[str, int]:
    return row["sample_id"], int(row["sample_index"])


def pending_samples(run: RunDir, model: str, benchmark: str, samples: list[Sample], n: int) -> list[Sample]:
    """Samples without all ``n`` finished rows (from the final file or the partial one)."""
    final = run.generations(model, benchmark)
    rows = read_jsonl(final) if final.exists() else PartialJsonl(final).done_rows()
    have = {_key(r) for r in rows}
    return [s for s in samples if any((s.id, k) not in have for k in range(n))]


def generate_benchmark(generator: Generator, run: RunDir, model: str, benchmark: str, samples: list[Sample],
                       plan: GenerationPlan, on_batch: Callable[[int], None] | None = None) -> Path:
    """Generate every missing sample and publish the final JSONL; returns its path.

    ``on_batch(k)`` is called with the number of samples finished by each batch (progress bars).
    """
    final = run.generations(model, benchmark)
    part = PartialJsonl(final)
    if final.exists():
        rows = read_jsonl(final)
        if all((s.id, k) in {_key(r) for r in rows} for s in samples for k in range(plan.samples)):
            _write_code_files(run, rows)
            return final
        write_jsonl(part.partial, rows)  # more samples wanted now: continue from the finished ones
        final.unlink()
    rows = part.done_rows()
    have = {_key(r) for r in rows}
    index = {s.id: i for i, s in enumerate(samples)}
    todo = [s for s in samples if any((s.id, k) not in have for k in range(plan.samples))]
    if on_batch and len(todo) < len(samples):
        on_batch(len(samples) - len(todo))
    for start in range(0, len(todo), plan.batch_size):
        batch = todo[start:start + plan.batch_size]
        seed = plan.seed + index[batch[0].id]
        params = SamplingParams(max_new_tokens=plan.max_new_tokens, temperature=plan.temperature,
                                top_p=plan.top_p, seed=seed, n=plan.samples)
        outs = generator.generate([s.messages for s in batch], params)
        new: list[dict[str, Any]] = []
        for sample, completions in zip(batch, outs, strict=True):
            for k, c in enumerate(completions[:plan.samples]):
                new.append({
                    "schema_version": SCHEMA_VERSION, "model": model, "benchmark": benchmark,
                    "sample_id": sample.id, "sample_index": k, "subset": sample.subset, "meta": sample.meta,
                    "prompt": sample.messages, "text": c.text, "code": extract_code(c.text),
                    "prompt_tokens": c.prompt_tokens, "output_tokens": c.output_tokens,
                    "latency_s": round(c.latency_s, 4), "finish_reason": c.finish_reason, "seed": seed,
                })
        _write_code_files(run, new)
        part.append(new)
        rows.extend(new)
        if on_batch:
            on_batch(len(batch))
    wanted = {(s.id, k) for s in samples for k in range(plan.samples)}
    order = {key: i for i, key in enumerate((s.id, k) for s in samples for k in range(plan.samples))}
    latest = {_key(r): r for r in rows if _key(r) in wanted}
    write_jsonl(final, sorted(latest.values(), key=lambda r: order[_key(r)]))
    part.partial.unlink(missing_ok=True)
    _write_code_files(run, list(latest.values()))
    return final
