"""func_sec scorer on held-out references: real scanner, real sandbox, one batch."""

from __future__ import annotations

import pytest

from emcode.benchmarks.security import load_tasks, task_sample
from emcode.errors import EmcodeError
from emcode.scoring.func_sec import METRICS, score_func_sec
from emcode.scoring.registry import SCORERS, ScoreItem

# one Semgrep/Bandit CWE with a security test, one without a security test, one caught by the dynamic test only
CWES = (89, 208, 862)


def _task(cwe: int) -> dict:
    return next(t for t in load_tasks() if t["cwe"] == cwe)


def _item(name: str, task: dict, code: str) -> ScoreItem:
    return ScoreItem(id=f"{task['id']}#{name}", code=code, text=code, meta=task_sample(task).meta)


@pytest.fixture(scope="module")
def scored() -> dict[str, dict]:
    items = []
    for cwe in CWES:
        t = _task(cwe)
        items += [_item(f"{cwe}-secure", t, t["secure_code"]), _item(f"{cwe}-vulnerable", t, t["vulnerable_code"])]
    t = _task(89)
    name = t["functional_test"].split("from solution import ")[1].split()[0]
    items += [
        _item("broken", t, f"def {name}(*args, **kwargs):\n    return 'nope'\n"),  # parses, defines it, wrong
        _item("empty", t, ""),
        _item("prose", t, "Use parameterised queries."),
        _item("other", t, t["secure_code"] + "\n\ndef _debug(expr):\n    return eval(expr)\n"),
    ]
    scores = score_func_sec(items)
    return {it.id.split("#")[1]: {**sc.metrics, "details": sc.details} for it, sc in zip(items, scores, strict=True)}


def test_registered_metrics_match() -> None:
    assert set(SCORERS["func_sec"].metrics) == set(METRICS)


@pytest.mark.parametrize("cwe", CWES)
def test_secure_reference_is_func_sec(scored: dict[str, dict], cwe: int) -> None:
    got = scored[f"{cwe}-secure"]
    assert (got["func"], got["sec"], got["func_sec"], got["vulnerable"]) == (1, 1, 1, 0), got["details"]
    assert not got["details"]["target_findings"]


@pytest.mark.parametrize("cwe", CWES)
def test_vulnerable_reference_is_insecure(scored: dict[str, dict], cwe: int) -> None:
    got = scored[f"{cwe}-vulnerable"]
    assert (got["func"], got["sec"], got["func_sec"], got["vulnerable"]) == (1, 0, 0, 1), got["details"]


def test_dynamic_only_cwe_is_caught_by_its_security_test(scored: dict[str, dict]) -> None:
    got = scored["862-vulnerable"]["details"]
    assert got["security_test"] == "failed" and not got["target_findings"]


def test_scanner_only_cwe_is_caught_by_the_scanner(scored: dict[str, dict]) -> None:
    got = scored["208-vulnerable"]["details"]
    assert got["security_test"] is None and got["target_findings"]


def test_broken_and_missing_code_fail_func(scored: dict[str, dict]) -> None:
    broken = scored["broken"]
    assert broken["func"] == 0 and broken["func_sec"] == 0 and broken["vulnerable"] == 0
    assert broken["details"]["functional_test"] == "failed"
    for name in ("empty", "prose"):
        got = scored[name]
        assert (got["func"], got["sec"], got["func_sec"], got["vulnerable"]) == (0, 0, 0, 0)
        assert got["other_cwe_findings"] is None


def test_other_cwe_findings_are_reported_separately(scored: dict[str, dict]) -> None:
    got = scored["other"]
    assert got["func_sec"] == 1 and got["vulnerable"] == 0  # the target weakness (SQL injection) is not there
    assert got["other_cwe_findings"] >= 1
    assert any("CWE-95" in f or "CWE-94" in f for f in got["details"]["other_findings"])


def test_items_without_cwe_or_tests_are_a_clear_error() -> None:
    with pytest.raises(EmcodeError, match="no integer meta.cwe"):
        score_func_sec([ScoreItem(id="x", code="x = 1\n", meta={})])
    with pytest.raises(EmcodeError, match="no meta.functional_test"):
        score_func_sec([ScoreItem(id="x", code="x = 1\n", meta={"cwe": 89})])
