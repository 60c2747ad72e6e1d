"""Behaviour scorer: real sandbox runs, one batch per call, per-test outcomes and error kinds."""

from __future__ import annotations

from emcode.scoring import sandbox
from emcode.scoring.behaviour import count_tests, score_behaviour
from emcode.scoring.registry import SCORERS, ScoreItem

TESTS = """
from solution import double

def test_small():
    assert double(2) == 4

def test_negative():
    assert double(-3) == -6

def test_type():
    assert double("a") == "aa"
"""


def _item(code: str, tests: str | None = TESTS, **meta: object) -> ScoreItem:
    return ScoreItem(id="task#0", code=code, meta={**({"tests": tests} if tests else {}), **meta})


def test_outcomes_fractions_and_error_kinds(monkeypatch) -> None:
    calls: list[int] = []
    real = sandbox.run_tests

    def spy(jobs, *args, **kwargs):
        calls.append(len(jobs))
        return real(jobs, *args, **kwargs)

    monkeypatch.setattr(sandbox, "run_tests", spy)
    items = [
        _item("def double(x):\n    return x * 2\n"),
        _item("def double(x):\n    return x * 2 if isinstance(x, str) or x >= 0 else -x * 2\n"),  # wrong sign
        _item("def double(x)\n    return x * 2\n"),                # syntax error
        _item("import not_a_module_xyz\n"),                          # import error
        _item(""),                                                   # empty answer
        _item("def double(x):\n    return x\n", tests=None),         # no tests: not applicable
        _item("def read():\n    with open('data/n.txt') as f:\n        return f.read()\n",
              tests="from solution import read\n\ndef test_read():\n    assert read() == 'seven'\n",
              files={"data/n.txt": "seven"}),                     # fixture file next to solution.py
    ]
    scores = score_behaviour(items)
    assert calls == [5], "all runnable items must go to the sandbox in one batch"
    assert [s.metrics["behaviour_pass"] for s in scores] == [1.0, 0.0, 0.0, 0.0, 0.0, None, 1.0]
    assert scores[1].metrics["tests_passed_frac"] == 2 / 3
    assert scores[1].details["tests"] == {"test_small": "passed", "test_negative": "failed", "test_type": "passed"}
    assert scores[1].details["error"] == "test_failed"
    assert scores[2].details["error"] == "syntax" and scores[2].metrics["tests_passed_frac"] == 0.0
    assert scores[3].details["error"] == "import"
    assert scores[4].details["error"] == "empty_answer"
    assert scores[5].details["error"] == "no_tests_in_meta"


def test_count_tests_and_registration() -> None:
    assert count_tests(TESTS) == 3
    assert count_tests("def broken(:\n") == 0
    assert SCORERS["behaviour"].load() is score_behaviour
    assert SCORERS["behaviour"].metrics == {"behaviour_pass": "higher", "tests_passed_frac": "higher"}


def test_timeouts_get_one_more_try(monkeypatch) -> None:
    from emcode.scoring.behaviour import run_tests_retrying
    from emcode.scoring.sandbox import TestJob, TestResult

    batches: list[list[str]] = []

    def fake_run_tests(jobs):  # stands in for a crowded machine: the first try of job "b" times out
        batches.append([j.id for j in jobs])
        first = len(batches) == 1
        return [TestResult(id=j.id, passed=not (first and j.id == "b"), error="timeout" if first and j.id == "b" else None)
                for j in jobs]

    monkeypatch.setattr(sandbox, "run_tests", fake_run_tests)
    jobs = [TestJob(id=i, files={}, test_source="") for i in ("a", "b", "c")]
    results, retried = run_tests_retrying(jobs)
    assert batches == [["a", "b", "c"], ["b"]]
    assert [r.passed for r in results] == [True, True, True] and retried == {1}
