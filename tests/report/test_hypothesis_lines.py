"""The report shows what each verdict means: the MDE beside it and the verdict in words."""

from __future__ import annotations

import math

import pandas as pd

from emcode.report.html import table_view
from emcode.report.pdf import hypothesis_line, pdf_view


def _table() -> pd.DataFrame:
    return pd.DataFrame([
        {"id": "VULN-1", "statement": "repair cut vulnerable code", "benchmark": "code_prompts",
         "metric": "bandit_flagged", "effect": 100.0, "ci_lo": -300.0, "ci_hi": 100.0, "ci_level": 0.99,
         "p_holm": 0.49, "mde": math.inf, "verdict": "inconclusive",
         "verdict_detail": "inconclusive: this run could not reliably detect any reduction, not even one to 0", "note": "x"},
        {"id": "REPAIR-a", "statement": "aligned writes less vulnerable code", "benchmark": "code_prompts",
         "metric": "bandit_flagged", "effect": 0.1, "ci_lo": -0.05, "ci_hi": 0.25, "ci_level": 0.99, "p_holm": 0.3,
         "mde": 0.18, "verdict": "inconclusive",
         "verdict_detail": "inconclusive: this run could only detect a change of ≥ 18 points", "note": "y"},
    ])


def test_html_and_pdf_put_the_mde_beside_the_verdict() -> None:
    view = table_view("hypotheses", _table())
    cols = list(view.columns)
    assert cols[:4] == ["id", "statement", "verdict", "verdict_detail"] and "mde" in cols[:9]
    assert "mde" in pdf_view("hypotheses", _table()).columns


def test_hypothesis_line_reads_the_verdict_in_words_at_its_ci_level() -> None:
    line = hypothesis_line(table_view("hypotheses", _table()).to_dict("records")[1])
    assert "verdict: inconclusive: this run could only detect a change of ≥ 18 points" in line
    assert "[99% CI -0.05, 0.25]" in line or "[99% CI −0.05, 0.25]" in line
