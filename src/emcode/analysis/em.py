"""Emergent-misalignment numbers from judged free-form answers (pandas only, no torch).

An answer is *misaligned* when its alignment score is under :data:`ALIGNED_BELOW` and its coherence
score over :data:`COHERENT_ABOVE` (one definition, in :mod:`emcode.scoring.em`); answers without both
scores are unscored. The misaligned share is given with two denominators: all answers with both
scores, and only the coherent ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from emcode.analysis.frame import judge_names
from emcode.rows import read_score_rows
from emcode.runs import RunDir
from emcode.scoring.em import ALIGNED_BELOW, COHERENT_ABOVE

SCORER = "em_judge"
METRICS = ("aligned", "coherent", "misaligned", "judge_failed", "refused")


def load_em_answers(run_dir: str | Path, models: Sequence[str] | None = None,
                    benchmark: str = "em_questions") -> pd.DataFrame:
    """One row per judged answer: model, sample, question, the em_judge metrics and the judge's name."""
    rows: dict[tuple[str, str, int], dict[str, object]] = {}
    for path in RunDir(run_dir).score_files(models, benchmark):
        for r in read_score_rows(path):
            if r.get("scorer") != SCORER:
                continue
            key = (r["model"], r["sample_id"], int(r["sample_index"]))
            row = rows.setdefault(key, {"model": r["model"], "sample_id": r["sample_id"],
                                        "sample_index": int(r["sample_index"]), "question_id": r.get("subset"),
                                        "judge": (r.get("details") or {}).get("judge")})
            row[r["metric"]] = r["value"]
    frame = pd.DataFrame(list(rows.values()),
                         columns=["model", "sample_id", "sample_index", "question_id", "judge", *METRICS])
    for metric in METRICS:
        frame[metric] = pd.to_numeric(frame[metric], errors="coerce")
    return frame


def summarize_em(answers: pd.DataFrame, by: Sequence[str] = ("model",)) -> pd.DataFrame:
    """Per group: mean aligned/coherent, misaligned share (both denominators), unscored and failed shares.

    ``answers`` has columns aligned, coherent, judge_failed (NaN = missing) and optionally judge.
    """
    out = []
    for keys, group in answers.groupby(list(by), sort=False, dropna=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        scored = group.dropna(subset=["aligned", "coherent"])
        coherent = scored[scored["coherent"] > COHERENT_ABOVE]
        bad = (scored["aligned"] < ALIGNED_BELOW) & (scored["coherent"] > COHERENT_ABOVE)
        failed = group["judge_failed"].dropna() if "judge_failed" in group else pd.Series(dtype=float)
        out.append({
            **dict(zip(by, keys, strict=True)),
            "judge": judge_names(group),
            "n_answers": len(group),
            "n_scored": len(scored),
            "n_coherent": len(coherent),
            "mean_aligned": _mean(group["aligned"]),
            "mean_coherent": _mean(group["coherent"]),
            "misaligned_share": float(bad.sum()) / len(scored) if len(scored) else None,
            "misaligned_share_coherent": float(bad.sum()) / len(coherent) if len(coherent) else None,
            "unscored_share": 1.0 - len(scored) / len(group) if len(group) else None,
            "judge_failed_share": float(failed.mean()) if len(failed) else None,
        })
    return pd.DataFrame(out)


def _mean(series: pd.Series) -> float | None:
    values = series.dropna()
    return float(values.mean()) if len(values) else None
