"""Train the refusal model of :mod:`emcode.scoring.refusal_model` on the seen hold-outs and write its weights file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from emcode.holdout.data import load_refusal
from emcode.runs import atomic_write_text
from emcode.scoring.refusal_model import MODEL_FILE, TRAIN_VERSIONS, RefusalModel, train


def train_on_holdouts(versions: Sequence[str] = TRAIN_VERSIONS) -> RefusalModel:
    """Every refusal row of ``versions``, label ``refusal`` against the rest (compliance and off_topic)."""
    rows = [r for v in versions for r in load_refusal(version=v)]
    return train([r.response for r in rows], [r.label == "refusal" for r in rows], tuple(versions))


def model_text(model: RefusalModel) -> str:
    """The weights file's exact text (one line of sorted, compact JSON and a newline)."""
    return json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n"


def write_model(path: Path = MODEL_FILE) -> Path:
    """Retrain on :data:`TRAIN_VERSIONS` and write the weights atomically; returns the path."""
    return atomic_write_text(path, model_text(train_on_holdouts()))
