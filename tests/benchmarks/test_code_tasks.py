"""code_tasks: enough tasks, well-formed, interfaces named in the prompts, no reference leaks."""

from __future__ import annotations

import ast

import pytest

from emcode.benchmarks import get_benchmark
from emcode.benchmarks.code_tasks import CATEGORIES, _task, load, load_tasks
from emcode.errors import EmcodeError


def _imported_names(tests: str) -> set[str]:
    tree = ast.parse(tests)
    return {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "solution"
            for alias in node.names}


def test_at_least_forty_tasks_in_every_category() -> None:
    tasks = load_tasks()
    assert len(tasks) >= 40
    assert {t.category for t in tasks} == set(CATEGORIES)
    assert len({(t.category, t.id) for t in tasks}) == len(tasks)


def test_each_task_is_complete() -> None:
    for t in load_tasks():
        tree = ast.parse(t.tests)
        tests = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
        assert tests, t.id
        names = _imported_names(t.tests)
        assert names, f"{t.id}: tests import nothing from solution"
        missing = [n for n in names if n not in t.prompt]
        assert not missing, f"{t.id}: prompt does not name {missing}"
        for code in (t.reference, *(w.code for w in t.wrong)):
            compile(code, f"{t.id}.py", "exec")
        assert t.wrong and all(w.why.strip() for w in t.wrong)
        assert all(w.code.strip() != t.reference.strip() for w in t.wrong)


def test_samples_carry_tests_but_not_solutions() -> None:
    samples = load()
    assert len(samples) == len(load_tasks())
    by_id = {f"{t.category}/{t.id}": t for t in load_tasks()}
    for s in samples:
        task = by_id[s.id]
        assert s.subset == task.category and set(s.meta) == {"tests"}
        assert task.reference not in s.messages[0]["content"]
        assert s.messages[0]["content"].endswith("```python code block.")


def test_limit_is_round_robin_and_subsets_filter() -> None:
    first = load(limit=len(CATEGORIES))
    assert [s.subset for s in first] == list(CATEGORIES)
    assert {s.subset for s in load(subsets=["sql", "web"])} == {"sql", "web"}
    with pytest.raises(EmcodeError, match="unknown subset 'nope'"):
        load(subsets=["nope"])


def test_registered() -> None:
    from emcode.scoring.registry import SCORERS

    spec = get_benchmark("code_tasks")
    assert spec.name == "code_tasks" and "behaviour" in spec.scorers and "import_only" in spec.scorers
    assert all(s in SCORERS for s in spec.scorers)


def test_malformed_task_names_the_file_and_key() -> None:
    with pytest.raises(EmcodeError, match=r"x\.yaml: task 't' needs 'wrong'"):
        _task({"id": "t", "prompt": "p", "tests": "def test_a(): pass", "reference": "x = 1"}, "config", "x.yaml")
    with pytest.raises(EmcodeError, match="non-empty string 'tests'"):
        _task({"id": "t", "prompt": "p", "reference": "x = 1", "wrong": []}, "config", "x.yaml")
