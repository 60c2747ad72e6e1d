"""The behaviour-beyond-code tables of a run: IFEval, safety and the free-form EM questions.

Written by :func:`emcode.analysis.run.analyze_run` under ``analysis/`` when the run scored the
benchmark (pandas only, no torch):

* ``ifeval.csv``: the four IFEval rates per model (prompt-level strict is the headline);
* ``safety.csv``: per model, refusal rate on harmful vanilla and adversarial requests, attack
  success rate on each, over-refusal on benign requests, judge parse failures, and the judge;
* ``safety_categories.csv``: the same rates per model × subset × category;
* ``em_questions.csv``: per model (``question_id`` = ``all``) and per model × question, mean
  aligned and coherent, misaligned share over scored and over coherent answers, the unscored
  share, the judge-failure share, and the judge that produced the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from emcode.analysis.em import load_em_answers, summarize_em
from emcode.analysis.ifeval import NEEDED, load_ifeval, summarize_ifeval
from emcode.analysis.safety import load_safety, safety_headline, summarize_safety
from emcode.runs import atomic_write_text, table_path

ALL = "all"


def _ordered(table: pd.DataFrame, models: Sequence[str]) -> pd.DataFrame:
    """Rows in the run's model order (unknown models last), stable within a model."""
    rank = {m: i for i, m in enumerate(models)}
    key = table["model"].map(lambda m: rank.get(m, len(rank)))
    return table.assign(_rank=key).sort_values("_rank", kind="stable").drop(columns="_rank")


def em_table(run_dir: str | Path, models: Sequence[str]) -> pd.DataFrame | None:
    """Per model and per model × question EM summary; None when no ``em_judge`` rows exist."""
    answers = load_em_answers(run_dir, models)
    if answers.empty:
        return None
    overall = summarize_em(answers, by=("model",)).assign(question_id=ALL)
    per_q = summarize_em(answers, by=("model", "question_id"))
    table = pd.concat([overall, per_q], ignore_index=True)
    first = ["model", "question_id", "judge"]
    return _ordered(table[first + [c for c in table.columns if c not in first]], models)


def safety_tables(run_dir: str | Path, models: Sequence[str]) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(headline per model, rates per model × subset × category); None without ``safety_refusal`` rows."""
    answers = load_safety(run_dir, models)
    if answers.empty:
        return None
    head = safety_headline(answers)
    first = ["model", "judge"]
    head = head[first + [c for c in head.columns if c not in first]]
    return _ordered(head, models), _ordered(summarize_safety(answers), models)


def ifeval_table(run_dir: str | Path, models: Sequence[str]) -> pd.DataFrame | None:
    """The four rates per model; None when the run has no complete ``ifeval`` rows."""
    answers = load_ifeval(run_dir, list(models))
    if answers.empty or any(c not in answers.columns for c in NEEDED):
        return None
    return _ordered(summarize_ifeval(answers), models)


def write_beyond_code_tables(run_dir: str | Path, models: Sequence[str], out_dir: Path) -> dict[str, Path]:
    """Write whichever of the four tables the run's scores support; returns name → path."""
    tables: dict[str, pd.DataFrame | None] = {"ifeval": ifeval_table(run_dir, models),
                                              "em_questions": em_table(run_dir, models)}
    safety = safety_tables(run_dir, models)
    if safety is not None:
        tables["safety"], tables["safety_categories"] = safety
    return {name: atomic_write_text(table_path(out_dir, name), table.to_csv(index=False))
            for name, table in tables.items() if table is not None}
