"""Generation stage: rows and .py files per sample × index, resume, and growing a finished file."""

from __future__ import annotations

from pathlib import Path

from emcode.benchmarks import Sample
from emcode.generate import GenerationPlan, code_path, generate_benchmark, pending_samples
from emcode.models.fake import FakeGenerator
from emcode.rows import read_generation_rows
from emcode.runs import RunDir

PLAN = GenerationPlan(max_new_tokens=16, temperature=0.7, top_p=0.95, samples=2, batch_size=2, seed=5)


def _samples(n: int) -> list[Sample]:
    return [Sample(id=f"s/{i}", subset="s", meta={"k": i}, messages=[{"role": "user", "content": f"task {i}"}])
            for i in range(n)]


def _gen() -> FakeGenerator:
    return FakeGenerator("m", lambda msgs: f"Here:\n```python\nx = '{msgs[0]['content']}'\n```")


def test_rows_files_and_seeds(tmp_path: Path) -> None:
    run, gen = RunDir(tmp_path), _gen()
    path = generate_benchmark(gen, run, "m", "b", _samples(3), PLAN)
    rows = read_generation_rows(path)
    assert [(r["sample_id"], r["sample_index"]) for r in rows] == [
        ("s/0", 0), ("s/0", 1), ("s/1", 0), ("s/1", 1), ("s/2", 0), ("s/2", 1)]
    assert rows[0]["code"] == "x = 'task 0'\n" and rows[0]["meta"] == {"k": 0}
    assert [r["seed"] for r in rows] == [5, 5, 5, 5, 7, 7]  # seed + index of the batch's first sample
    assert code_path(run, "m", "b", "s/2", 1).read_text() == "x = 'task 2'\n"
    assert [len(b) for b in gen.calls] == [2, 1]


def test_more_samples_later_only_generates_the_new_ones(tmp_path: Path) -> None:
    run = RunDir(tmp_path)
    generate_benchmark(_gen(), run, "m", "b", _samples(2), PLAN)
    assert pending_samples(run, "m", "b", _samples(3), 2) == _samples(3)[2:]
    gen = _gen()
    path = generate_benchmark(gen, run, "m", "b", _samples(3), PLAN)
    assert gen.calls == [[_samples(3)[2].messages]]
    assert len(read_generation_rows(path)) == 6 and not path.with_name(path.name + ".partial").exists()
    again = _gen()
    generate_benchmark(again, run, "m", "b", _samples(3), PLAN)
    assert again.calls == []


def test_progress_counts_finished_samples_on_resume(tmp_path: Path) -> None:
    """A resumed benchmark's bar starts at the finished count; a finished one reports all samples."""
    run = RunDir(tmp_path)
    generate_benchmark(_gen(), run, "m", "b", _samples(2), PLAN)
    progress: list[int] = []
    generate_benchmark(_gen(), run, "m", "b", _samples(5), PLAN, on_batch=progress.append)
    assert progress == [2, 2, 1]
    again: list[int] = []
    generate_benchmark(_gen(), run, "m", "b", _samples(5), PLAN, on_batch=again.append)
    assert again == [5]


def test_failed_completions_are_not_saved_and_are_retried(tmp_path: Path) -> None:
    import pytest

    from emcode.errors import EmcodeError
    from emcode.models.base import Completion

    class Flaky(FakeGenerator):
        def generate(self, prompts, params):  # type: ignore[no-untyped-def]
            out = super().generate(prompts, params)
            return [[Completion("", 0, 0, 0.0, "error", {"error": "HTTP 503"}) if "task 1" in p[0]["content"] else c
                     for c in per] for p, per in zip(prompts, out)]

    run = RunDir(tmp_path)
    flaky = Flaky("m", lambda msgs: "x")
    with pytest.raises(EmcodeError, match=r"m/b: 2 of 6 requests failed \(first: HTTP 503\)"):
        generate_benchmark(flaky, run, "m", "b", _samples(3), PLAN)
    assert pending_samples(run, "m", "b", _samples(3), 2) == [_samples(3)[1]]
    gen = _gen()
    rows = read_generation_rows(generate_benchmark(gen, run, "m", "b", _samples(3), PLAN))
    assert gen.calls == [[_samples(3)[1].messages]] and len(rows) == 6


def test_rows_of_a_newer_schema_are_refused_on_resume(tmp_path: Path) -> None:
    """A partial or final file written by a newer emcode is not mixed with this version's rows."""
    import pytest

    from emcode.errors import EmcodeError
    from emcode.runs import PartialJsonl, write_jsonl

    run = RunDir(tmp_path)
    final = generate_benchmark(_gen(), run, "m", "b", _samples(1), PLAN)
    rows = read_generation_rows(final)
    write_jsonl(final, [rows[0], {**rows[1], "schema_version": 99}])
    with pytest.raises(EmcodeError, match=r"b\.jsonl:2: schema_version 99 is newer"):
        generate_benchmark(_gen(), run, "m", "b", _samples(2), PLAN)
    final.unlink()
    PartialJsonl(final).append([{**rows[0], "schema_version": 99}])
    with pytest.raises(EmcodeError, match=r"b\.jsonl\.partial:1: schema_version 99 is newer"):
        pending_samples(run, "m", "b", _samples(1), 2)
