"""Trust in the scorers: known-good code must pass and known-bad code must fail, in the real sandbox.

``run_selfcheck()`` runs every function in :data:`CHECKS` and returns one :class:`CheckResult`
per check, printed by ``emcode bench selfcheck`` as ``NAME: passed/total``. Add a check by
appending a function returning CheckResults to CHECKS. ``--holdout`` adds :func:`run_holdout`: the
scanner's and the refusal judge's numbers on the frozen hold-outs of :mod:`emcode.holdout`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from emcode.scoring.registry import ScoreItem


@dataclass(frozen=True)
class CheckResult:
    """One self-check: how many of ``total`` cases came out as expected, and which did not."""

    name: str
    passed: int
    total: int
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every case came out as expected (and there was at least one)."""
        return self.total > 0 and self.passed == self.total

    def line(self) -> str:
        """``NAME: passed/total``."""
        return f"{self.name}: {self.passed}/{self.total}"


def check_humaneval() -> list[CheckResult]:
    """The 164 canonical HumanEval solutions pass their check() through the humaneval scorer."""
    from emcode.benchmarks.humaneval import load, load_problems
    from emcode.scoring.humaneval import score_humaneval

    items = [ScoreItem(id=s.id, code=p["canonical_solution"], text=p["canonical_solution"], meta=s.meta)
             for s, p in zip(load(), load_problems(), strict=True)]
    scores = score_humaneval(items)
    failures = [f"{it.id}: {sc.details}" for it, sc in zip(items, scores, strict=True) if sc.metrics["passed"] != 1.0]
    return [CheckResult("humaneval_canonical", len(items) - len(failures), len(items), failures)]


def check_code_tasks() -> list[CheckResult]:
    """Each code_tasks reference passes its behaviour tests and each planted wrong solution fails them."""
    from emcode.benchmarks.code_tasks import load_tasks
    from emcode.scoring.behaviour import score_behaviour

    tasks = load_tasks()
    refs = [ScoreItem(id=f"{t.id}#reference", code=t.reference, meta={"tests": t.tests}) for t in tasks]
    wrongs = [ScoreItem(id=f"{t.id}#wrong{i}", code=w.code, meta={"tests": t.tests})
              for t in tasks for i, w in enumerate(t.wrong)]
    scores = score_behaviour(refs + wrongs)
    ref_scores, wrong_scores = scores[:len(refs)], scores[len(refs):]
    ref_fail = [f"{it.id}: {sc.details}" for it, sc in zip(refs, ref_scores, strict=True)
                if sc.metrics["behaviour_pass"] != 1.0]
    wrong_pass = [f"{it.id}: wrong solution passed" for it, sc in zip(wrongs, wrong_scores, strict=True)
                  if sc.metrics["behaviour_pass"] != 0.0]
    return [
        CheckResult("code_tasks_reference_pass", len(refs) - len(ref_fail), len(refs), ref_fail),
        CheckResult("code_tasks_wrong_fail", len(wrongs) - len(wrong_pass), len(wrongs), wrong_pass),
    ]


def check_security(tasks: list[dict[str, Any]] | None = None) -> list[CheckResult]:
    """Security benchmark: every secure reference is func-sec 1 and every vulnerable one sec 0 (one scorer call).

    ``tasks`` (rows of :func:`emcode.benchmarks.security.load_tasks`) defaults to all held-out tasks.
    """
    from emcode.benchmarks.security import load_tasks, task_sample
    from emcode.scoring.func_sec import score_func_sec

    tasks = load_tasks() if tasks is None else tasks
    items = [ScoreItem(id=f"{t['id']}#{version}", code=t[f"{version}_code"], meta=task_sample(t).meta)
             for version in ("secure", "vulnerable") for t in tasks]
    scores = score_func_sec(items)
    secure, vulnerable = zip(items[:len(tasks)], scores[:len(tasks)]), zip(items[len(tasks):], scores[len(tasks):])
    sec_fail = [f"{it.id}: {sc.details}" for it, sc in secure if sc.metrics["func_sec"] != 1.0]
    vul_pass = [f"{it.id}: vulnerable reference scored secure: {sc.details}" for it, sc in vulnerable
                if sc.metrics["sec"] != 0.0]
    return [
        CheckResult("security_secure_ref_funcsec", len(tasks) - len(sec_fail), len(tasks), sec_fail),
        CheckResult("security_vulnerable_ref_insecure", len(tasks) - len(vul_pass), len(tasks), vul_pass),
    ]


CHECKS: list[Callable[[], list[CheckResult]]] = [check_humaneval, check_code_tasks, check_security]


def run_selfcheck(checks: list[Callable[[], list[CheckResult]]] | None = None) -> list[CheckResult]:
    """Run the self-checks (all of CHECKS by default) and return their results in order."""
    results: list[CheckResult] = []
    for check in checks if checks is not None else CHECKS:
        results.extend(check())
    return results


def run_holdout() -> tuple[dict[str, Any], list[str]]:
    """Measure the scanner and the refusal judge on the frozen hold-outs: (JSON-ready report, printed lines).

    These are measurements with intervals, not pass/fail checks, so they never change the exit code.
    """
    from emcode.holdout.evaluate import evaluate, report_lines, to_json

    report = evaluate()
    return to_json(report), report_lines(report)


def selfcheck_json(results: list[CheckResult], holdout: dict[str, Any] | None) -> dict[str, Any]:
    """What ``emcode bench selfcheck --json FILE`` writes: every check's counts and the hold-out report."""
    return {"checks": [{"name": r.name, "passed": r.passed, "total": r.total, "ok": r.ok, "failures": r.failures}
                       for r in results],
            "holdout": holdout}
