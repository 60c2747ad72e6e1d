"""Generation stage: run one benchmark's prompts through one model, resumable per sample.

Rows go to ``generations/<model>/<benchmark>.jsonl`` (one per sample × sample index) and each
answer's code to ``generations/<model>/<benchmark>/<sample_id>_<k>.py``. Finished batches (or,
for a remote API, each finished request) are appended to a ``.partial`` file; an interrupted run
resumes with what is missing and the final file appears only when every sample is done.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from emcode.benchmarks import Sample
from emcode.code_extract import extract_code
from emcode.errors import EmcodeError
from emcode.models.base import Completion, Generator, Request, RequestGenerator, SamplingParams
from emcode.rows import GenerationRow, checked_generation_rows, generation_row, read_generation_rows
from emcode.runs import PartialJsonl, RunDir, atomic_write_text, write_jsonl


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


def _write_code_files(run: RunDir, rows: list[GenerationRow]) -> None:
    for row in rows:
        path = code_path(run, row["model"], row["benchmark"], row["sample_id"], row["sample_index"])
        if not path.exists() or path.read_text(encoding="utf-8") != row["code"]:
            atomic_write_text(path, row["code"])


def _key(row: GenerationRow) -> tuple[str, int]:
    return row["sample_id"], int(row["sample_index"])


def pending_samples(run: RunDir, model: str, benchmark: str, samples: list[Sample], n: int) -> list[Sample]:
    """Samples without all ``n`` finished rows (from the final file or the partial one)."""
    final = run.generations(model, benchmark)
    rows = read_generation_rows(final) if final.exists() else _partial_rows(PartialJsonl(final))
    have = {_key(r) for r in rows}
    return [s for s in samples if any((s.id, k) not in have for k in range(n))]


def sample_seed(seed: int, sample_id: str, k: int) -> int:
    """The seed of sample ``k`` of one prompt on the per-request path: fixed by the sample, not by batching."""
    digest = hashlib.sha256(f"{seed}\x00{sample_id}\x00{k}".encode()).digest()
    return int.from_bytes(digest[:4], "big") >> 1


def _row(model: str, benchmark: str, sample: Sample, k: int, c: Completion, seed: int) -> GenerationRow:
    return generation_row(
        model=model, benchmark=benchmark, sample_id=sample.id, sample_index=k, subset=sample.subset,
        meta=sample.meta, prompt=sample.messages, text=c.text, code=extract_code(c.text),
        prompt_tokens=c.prompt_tokens, output_tokens=c.output_tokens, latency_s=c.latency_s,
        finish_reason=c.finish_reason, seed=seed)


def _partial_rows(part: PartialJsonl) -> list[GenerationRow]:
    """The rows an interrupted attempt finished, schema-checked."""
    return checked_generation_rows(part.done_rows(), part.partial)


def generate_benchmark(generator: Generator, run: RunDir, model: str, benchmark: str, samples: list[Sample],
                       plan: GenerationPlan, on_batch: Callable[[int], None] | None = None) -> Path:
    """Generate every missing sample and publish the final JSONL; returns its path.

    ``on_batch(k)`` is called with the number of samples finished (progress bars); samples finished
    by an earlier run are reported first, so a resumed bar starts where the last one stopped.
    A :class:`~emcode.models.base.RequestGenerator` (remote API) is fed single requests and each
    finished row is saved at once; other generators work in batches of ``plan.batch_size`` prompts.
    Failed requests (``finish_reason="error"``) are not saved: after the others finish an
    :class:`EmcodeError` says how many failed, and the next run retries only those.
    """
    final = run.generations(model, benchmark)
    part = PartialJsonl(final)
    if final.exists():
        rows = read_generation_rows(final)
        if all((s.id, k) in {_key(r) for r in rows} for s in samples for k in range(plan.samples)):
            _write_code_files(run, rows)
            if on_batch:
                on_batch(len(samples))
            return final
        write_jsonl(part.partial, rows)  # more samples wanted now: continue from the finished ones
        final.unlink()
    rows = _partial_rows(part)
    have = {_key(r) for r in rows}
    todo = [s for s in samples if any((s.id, k) not in have for k in range(plan.samples))]
    if on_batch and len(todo) < len(samples):
        on_batch(len(samples) - len(todo))
    if isinstance(generator, RequestGenerator):
        failed = _by_request(generator, run, part, rows, have, todo, model, benchmark, plan, on_batch)
    else:
        index = {s.id: i for i, s in enumerate(samples)}
        failed = _by_batch(generator, run, part, rows, todo, index, model, benchmark, plan, on_batch)
    if failed:
        wanted = sum(1 for s in todo for k in range(plan.samples) if (s.id, k) not in have)
        raise EmcodeError(f"{model}/{benchmark}: {len(failed)} of {wanted} requests failed (first: {failed[0]}); "
                          f"finished rows are kept in {part.partial}; run the same command again to retry "
                          "only the failed ones")
    wanted_keys = {(s.id, k) for s in samples for k in range(plan.samples)}
    order = {key: i for i, key in enumerate((s.id, k) for s in samples for k in range(plan.samples))}
    latest = {_key(r): r for r in rows if _key(r) in wanted_keys}
    write_jsonl(final, sorted(latest.values(), key=lambda r: order[_key(r)]))
    part.partial.unlink(missing_ok=True)
    _write_code_files(run, list(latest.values()))
    return final


def _by_batch(generator: Generator, run: RunDir, part: PartialJsonl, rows: list[GenerationRow],
              todo: list[Sample], index: dict[str, int], model: str, benchmark: str, plan: GenerationPlan,
              on_batch: Callable[[int], None] | None) -> list[str]:
    """Batches of whole samples (all ``n`` indices); returns the errors of failed completions."""
    failed: list[str] = []
    for start in range(0, len(todo), plan.batch_size):
        batch = todo[start:start + plan.batch_size]
        seed = plan.seed + index[batch[0].id]
        params = SamplingParams(max_new_tokens=plan.max_new_tokens, temperature=plan.temperature,
                                top_p=plan.top_p, seed=seed, n=plan.samples)
        outs = generator.generate([s.messages for s in batch], params)
        new: list[GenerationRow] = []
        for sample, completions in zip(batch, outs, strict=True):
            for k, c in enumerate(completions[:plan.samples]):
                if c.finish_reason == "error":
                    failed.append(str(c.extra.get("error", "failed")))
                else:
                    new.append(_row(model, benchmark, sample, k, c, seed))
        _write_code_files(run, new)
        part.append(new)
        rows.extend(new)
        if on_batch:
            on_batch(len(batch))
    return failed


def _by_request(generator: RequestGenerator, run: RunDir, part: PartialJsonl, rows: list[GenerationRow],
                have: set[tuple[str, int]], todo: list[Sample], model: str, benchmark: str, plan: GenerationPlan,
                on_batch: Callable[[int], None] | None) -> list[str]:
    """One request per missing (sample, index), saved as it finishes; returns the errors of failed ones."""
    requests = [Request(i, k, sample_seed(plan.seed, s.id, k))
                for i, s in enumerate(todo) for k in range(plan.samples) if (s.id, k) not in have]
    left = Counter(r.prompt for r in requests)
    params = SamplingParams(max_new_tokens=plan.max_new_tokens, temperature=plan.temperature,
                            top_p=plan.top_p, seed=plan.seed, n=plan.samples)
    failed: list[str] = []
    for req, c in generator.generate_requests([s.messages for s in todo], params, requests):
        if c.finish_reason == "error":
            failed.append(str(c.extra.get("error", "failed")))
            continue
        row = _row(model, benchmark, todo[req.prompt], req.sample, c, req.seed)
        _write_code_files(run, [row])
        part.append([row])
        rows.append(row)
        left[req.prompt] -= 1
        if on_batch and left[req.prompt] == 0:
            on_batch(1)
    return failed
