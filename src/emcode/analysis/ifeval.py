"""IFEval's four rates from ``ifeval`` score rows (pandas only, no torch).

Prompt level: the share of prompts whose every instruction passes (strict: the answer as
written; loose: any of the standard variants). Instruction level: Σ instructions passed /
Σ instructions over all prompts (not a mean of per-prompt fractions). Prompt-level strict is
the headline number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from emcode.analysis.frame import load_scores, wide

SCORER = "ifeval"
RATES = ("prompt_strict", "prompt_loose", "instruction_strict", "instruction_loose")
HEADLINE = "prompt_strict"
NEEDED = ("prompt_strict", "prompt_loose", "instructions", "instructions_strict", "instructions_loose")


def load_ifeval(run_dir: str | Path, models: list[str] | None = None, benchmark: str = "ifeval") -> pd.DataFrame:
    """One row per model × answer with the ifeval scorer's metrics as columns."""
    frame = load_scores(run_dir, models)
    return wide(frame[frame["scorer"] == SCORER], benchmark)


def ifeval_rates(answers: pd.DataFrame) -> dict[str, float | int | None]:
    """The four rates (None without answers) plus the prompt and instruction counts."""
    missing = [c for c in NEEDED if c not in answers.columns]
    if missing:
        raise KeyError(f"ifeval answers lack column(s) {', '.join(missing)}; pass the ifeval scorer's metrics")
    n = len(answers)
    inst = float(answers["instructions"].sum())
    return {
        "n_prompts": n,
        "n_instructions": int(inst),
        "prompt_strict": float(answers["prompt_strict"].mean()) if n else None,
        "prompt_loose": float(answers["prompt_loose"].mean()) if n else None,
        "instruction_strict": float(answers["instructions_strict"].sum()) / inst if inst else None,
        "instruction_loose": float(answers["instructions_loose"].sum()) / inst if inst else None,
    }


def summarize_ifeval(answers: pd.DataFrame, by: Sequence[str] = ("model",)) -> pd.DataFrame:
    """The four rates per group (e.g. model, or model × subset)."""
    out = []
    for keys, group in answers.groupby(list(by), sort=False, dropna=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        out.append({**dict(zip(by, keys, strict=True)), **ifeval_rates(group)})
    return pd.DataFrame(out, columns=[*by, "n_prompts", "n_instructions", *RATES])
