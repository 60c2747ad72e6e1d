"""humaneval: the 164 bundled problems load offline and the scorer tells right from wrong in the sandbox."""

from __future__ import annotations

from emcode.benchmarks import get_benchmark
from emcode.benchmarks.humaneval import load, load_problems
from emcode.scoring.humaneval import assemble_solution, check_test_source, score_humaneval
from emcode.scoring.registry import ScoreItem


def test_all_164_problems_load() -> None:
    samples = load()
    assert len(samples) == 164 == len({s.id for s in samples})
    first = samples[0]
    assert first.id == "humaneval_0" and first.meta["task_id"] == "HumanEval/0"
    assert set(first.meta) == {"task_id", "prompt", "entry_point", "test"}
    assert first.meta["prompt"].rstrip() in first.messages[0]["content"]
    assert "canonical_solution" not in first.meta
    assert len(load(limit=5)) == 5
    assert get_benchmark("humaneval").scorers == ("humaneval",)


def test_assemble_body_and_full_function() -> None:
    prompt = 'def add(a, b):\n    """Sum."""\n'
    body = assemble_solution(prompt, "add", "    return a + b\n")
    dedented = assemble_solution(prompt, "add", "return a + b\n")
    full = assemble_solution(prompt, "add", "def add(a, b):\n    return a + b\n")
    for source in (body, dedented, full):
        namespace: dict = {}
        exec(compile(source, "solution.py", "exec"), namespace)  # noqa: S102 - our own trusted snippet
        assert namespace["add"](2, 3) == 5
    assert assemble_solution(prompt, "add", "  \n") == ""


def test_check_source_imports_entry_point() -> None:
    source = check_test_source("f", "def check(candidate):\n    assert candidate(1) == 1\n")
    assert "from solution import f as _candidate" in source and "def test_check():" in source


def _item(problem: dict, code: str) -> ScoreItem:
    meta = {k: problem[k] for k in ("prompt", "entry_point", "test")}
    return ScoreItem(id=problem["task_id"], code=code, meta=meta)


def test_scorer_passes_canonical_and_fails_wrong() -> None:
    problems = load_problems()
    picks = [problems[i] for i in (0, 10, 38, 53)]  # 10 and 38 use helpers defined in the prompt
    items = [_item(p, p["canonical_solution"]) for p in picks]
    items.append(_item(picks[3], picks[3]["prompt"] + picks[3]["canonical_solution"]))  # full-function form
    items.append(_item(picks[3], "    return x - y\n"))  # add(x, y) answered with a subtraction
    items.append(_item(picks[0], ""))
    items.append(ScoreItem(id="no-meta", code="def f(): pass\n"))
    passed = [s.metrics["passed"] for s in score_humaneval(items)]
    assert passed == [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, None]
