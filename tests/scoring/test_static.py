"""Static scorer: real ruff, radon and ast on small known files (one ruff call per batch)."""

from __future__ import annotations

from emcode.scoring.registry import SCORERS, ScoreItem
from emcode.scoring.static import score_static

GOOD = '''"""Small module."""


def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b
'''

BAD = """import os, subprocess
def run(cmd):
    if cmd:
        if len(cmd) > 3:
            return subprocess.call(cmd, shell=True)
    return eval(cmd)
"""


def _score(*codes: str) -> list[dict]:
    return [r.metrics for r in score_static([ScoreItem(id=str(i), code=c) for i, c in enumerate(codes)])]


def test_clean_and_messy_files() -> None:
    good, bad, broken, empty = _score(GOOD, BAD, "def broken(:\n", "")
    assert good["compiles"] == 1.0 and good["loc"] == 4.0
    assert good["ruff_findings"] == 0.0
    assert good["defs"] == 1.0 and good["documented_defs"] == 1.0
    assert good["hint_slots"] == 3.0 and good["hinted_slots"] == 3.0
    assert good["cc_total"] == 1.0 and good["cc_blocks"] == 1.0

    assert bad["compiles"] == 1.0
    assert bad["ruff_F"] >= 1 and bad["ruff_S"] >= 2 and bad["ruff_E"] >= 1  # unused import, shell/eval, E401
    assert bad["ruff_findings"] == sum(v for k, v in bad.items() if k.startswith("ruff_") and k != "ruff_findings")
    assert bad["cc_total"] == 3.0
    assert bad["documented_defs"] == 0.0 and bad["hinted_slots"] == 0.0
    assert 0 < bad["maintainability_index"] <= 100

    assert broken["compiles"] == 0.0 and broken["maintainability_index"] is None
    assert empty["compiles"] == 0.0 and empty["loc"] == 0.0


def test_every_metric_has_a_direction() -> None:
    declared = SCORERS["static"].metrics
    (metrics,) = _score(GOOD)
    assert set(metrics) == set(declared)


def test_bandit_scorer_counts_severities_and_weights() -> None:
    from emcode.scoring.security import BANDIT_SEVERITY_WEIGHTS
    from emcode.scoring.static import score_bandit

    clean, risky = score_bandit([ScoreItem(id="a", code=GOOD), ScoreItem(id="b", code=BAD)])
    assert clean.metrics["bandit_findings"] == 0 and clean.metrics["bandit_weighted"] == 0
    m = risky.metrics
    assert m["bandit_high"] >= 1  # subprocess with shell=True
    assert m["bandit_findings"] == m["bandit_high"] + m["bandit_medium"] + m["bandit_low"]
    w = BANDIT_SEVERITY_WEIGHTS
    assert m["bandit_weighted"] == w["HIGH"] * m["bandit_high"] + w["MEDIUM"] * m["bandit_medium"] + w["LOW"] * m["bandit_low"]
    assert set(m) == set(SCORERS["bandit"].metrics)
