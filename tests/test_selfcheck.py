"""Self-check: the full check in the real sandbox, and the CLI's lines and exit code."""

from __future__ import annotations

import time

from typer.testing import CliRunner

from emcode import selfcheck
from emcode.cli import app
from emcode.selfcheck import CheckResult, check_security, run_selfcheck


def _security_tasks() -> list[dict]:
    from emcode.benchmarks.security import load_tasks

    tasks = load_tasks()
    return [next(t for t in tasks if t["cwe"] == cwe) for cwe in (89, 22)]


def test_full_selfcheck_passes() -> None:
    started = time.monotonic()
    results = {r.name: r for r in run_selfcheck()}
    elapsed = time.monotonic() - started
    assert results["humaneval_canonical"].line() == "humaneval_canonical: 164/164", results["humaneval_canonical"].failures
    assert results["code_tasks_reference_pass"].ok, results["code_tasks_reference_pass"].failures
    assert results["code_tasks_wrong_fail"].ok, results["code_tasks_wrong_fail"].failures
    assert results["code_tasks_reference_pass"].total >= 40
    assert results["code_tasks_wrong_fail"].total >= results["code_tasks_reference_pass"].total
    for name in ("security_secure_ref_funcsec", "security_vulnerable_ref_insecure"):
        assert results[name].ok and results[name].total >= 2 * 48, results[name].failures
    print(f"selfcheck: {elapsed:.1f} s")


def test_cli_prints_lines_and_fails_on_shortfall(monkeypatch) -> None:
    monkeypatch.setattr(selfcheck, "CHECKS", [lambda: [CheckResult("good", 3, 3)]])
    ok = CliRunner().invoke(app, ["bench", "selfcheck"])
    assert ok.exit_code == 0 and ok.output.strip() == "good: 3/3"
    monkeypatch.setattr(selfcheck, "CHECKS", [lambda: [CheckResult("good", 3, 3), CheckResult("bad", 1, 2, ["x: wrong"])]])
    bad = CliRunner().invoke(app, ["bench", "selfcheck"])
    assert bad.exit_code == 1 and "bad: 1/2" in bad.output and "x: wrong" in bad.output


def test_empty_check_is_not_ok() -> None:
    assert not CheckResult("none", 0, 0).ok


def test_security_check_on_references() -> None:
    results = check_security(_security_tasks())
    assert [r.line() for r in results] == ["security_secure_ref_funcsec: 2/2", "security_vulnerable_ref_insecure: 2/2"]


def test_security_check_falls_short_on_swapped_references(monkeypatch) -> None:
    """A task whose secure and vulnerable references are swapped fails both checks, and the CLI exits 1."""
    good = _security_tasks()
    swapped = {**good[0], "id": "swapped", "secure_code": good[0]["vulnerable_code"],
               "vulnerable_code": good[0]["secure_code"]}
    monkeypatch.setattr(selfcheck, "CHECKS", [lambda: check_security([*good, swapped])])
    out = CliRunner().invoke(app, ["bench", "selfcheck"])
    assert out.exit_code == 1
    assert "security_secure_ref_funcsec: 2/3" in out.output and "security_vulnerable_ref_insecure: 2/3" in out.output
    assert "swapped#secure" in out.output and "swapped#vulnerable" in out.output
