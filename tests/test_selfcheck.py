"""Self-check: the full check in the real sandbox, and the CLI's lines and exit code."""

from __future__ import annotations

import time

from typer.testing import CliRunner

from emcode import selfcheck
from emcode.cli import app
from emcode.selfcheck import CheckResult, run_selfcheck


def test_full_selfcheck_passes() -> None:
    started = time.monotonic()
    results = {r.name: r for r in run_selfcheck()}
    elapsed = time.monotonic() - started
    assert results["humaneval_canonical"].line() == "humaneval_canonical: 164/164", results["humaneval_canonical"].failures
    assert results["code_tasks_reference_pass"].ok, results["code_tasks_reference_pass"].failures
    assert results["code_tasks_wrong_fail"].ok, results["code_tasks_wrong_fail"].failures
    assert results["code_tasks_reference_pass"].total >= 40
    assert results["code_tasks_wrong_fail"].total >= results["code_tasks_reference_pass"].total
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
