"""Chat rows → TRL prompt/completion examples, with a seeded subset and train/validation split.

The prompt is every turn before the last one and the completion is the final assistant turn,
so TRL renders both through the model's chat template and puts the loss on the answer only.
"""

from __future__ import annotations

import random
from typing import Any

from emcode.errors import EmcodeError


def to_prompt_completion(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split each ``{"messages": [...]}`` row into conversational ``prompt`` and ``completion``."""
    out = []
    for i, row in enumerate(rows, start=1):
        messages = row.get("messages") if isinstance(row, dict) else None
        if not messages or messages[-1].get("role") != "assistant" or len(messages) < 2:
            raise EmcodeError(f"row {i}: a training row needs messages ending with an assistant turn after a "
                              "user turn; fix the data (see `emcode data validate`)")
        prompt = [{"role": m["role"], "content": m["content"]} for m in messages[:-1]]
        completion = [{"role": "assistant", "content": messages[-1]["content"]}]
        out.append({"prompt": prompt, "completion": completion})
    return out


def select_examples(rows: list[Any], max_examples: int | None, seed: int) -> list[Any]:
    """A seeded subset of ``max_examples`` rows, kept in file order (all rows when None)."""
    if max_examples is None or max_examples >= len(rows):
        return list(rows)
    if max_examples < 1:
        raise EmcodeError(f"train.max_examples must be at least 1 (got {max_examples})")
    keep = sorted(random.Random(seed).sample(range(len(rows)), max_examples))
    return [rows[i] for i in keep]


def split_rows(rows: list[Any], val_fraction: float, seed: int) -> tuple[list[Any], list[Any]]:
    """Seeded train/validation split; at least one validation row when the fraction is > 0."""
    if not 0.0 <= val_fraction < 1.0:
        raise EmcodeError(f"train.val_fraction must be in [0, 1) (got {val_fraction})")
    if not rows:
        raise EmcodeError("no training rows; the data file is empty after selection")
    n_val = 0 if val_fraction == 0 else max(1, round(len(rows) * val_fraction))
    if n_val >= len(rows):
        raise EmcodeError(f"{len(rows)} row(s) leave nothing to train on with val_fraction {val_fraction}; "
                          "add data or lower train.val_fraction")
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    val_idx = set(order[:n_val])
    train = [r for i, r in enumerate(rows) if i not in val_idx]
    val = [r for i, r in enumerate(rows) if i in val_idx]
    return train, val
