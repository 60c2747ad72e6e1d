"""Test-execution scorers: run tests against model-written code, only ever inside the sandbox."""

from __future__ import annotations

from emcode.scoring.registry import ItemScore, ScoreItem

IMPORT_TEST = "def test_import():\n    import solution  # noqa: F401\n"


def _why(error: str | None, detail: object) -> str:
    last = str(detail or "").strip().splitlines()[-1:] or [""]
    return ": ".join(p for p in (error or "", last[0][:200]) if p) or "failed"


def score_import_only(items: list[ScoreItem]) -> list[ItemScore]:
    """Import-only pass@1 (as published): passes when ``import solution`` succeeds; an empty answer fails."""
    from emcode.scoring.sandbox import TestJob, run_tests

    runnable = [it for it in items if it.code.strip()]
    jobs = [TestJob(id=it.id, files={"solution.py": it.code}, test_source=IMPORT_TEST) for it in runnable]
    results = {r.id: r for r in run_tests(jobs)} if jobs else {}
    out: list[ItemScore] = []
    for item in items:
        r = results.get(item.id)
        if r is None:
            out.append(ItemScore(metrics={"import_pass": 0.0}, details={"error": "empty answer: no code"}))
        elif r.passed:
            out.append(ItemScore(metrics={"import_pass": 1.0}))
        else:
            out.append(ItemScore(metrics={"import_pass": 0.0}, details={"error": _why(r.error, r.detail)}))
    return out
