"""Train the judge's learned models on the seen hold-outs and write their weights files.

:mod:`emcode.scoring.refusal_model` (P(refusal)) and :mod:`emcode.scoring.off_topic_model` (P(off topic) of an
answer that is no refusal); each trains on its own ``TRAIN_VERSIONS``, deterministically.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from emcode.holdout.data import load_refusal
from emcode.runs import atomic_write_text
from emcode.scoring import off_topic_model
from emcode.scoring.refusal_model import MODEL_FILE, TRAIN_VERSIONS, RefusalModel, train
from emcode.scoring.topic_overlap import overlap


def train_on_holdouts(versions: Sequence[str] = TRAIN_VERSIONS) -> RefusalModel:
    """Every refusal row of ``versions``, label ``refusal`` against the rest (compliance and off_topic)."""
    rows = [r for v in versions for r in load_refusal(version=v)]
    return train([r.response for r in rows], [r.label == "refusal" for r in rows], tuple(versions))


def train_off_topic_on_holdouts(versions: Sequence[str] = off_topic_model.TRAIN_VERSIONS) -> RefusalModel:
    """The rows of ``versions`` that are no refusal, ``off_topic`` against ``compliance``; the overlap is the judge's
    (with the bare request, or the prompt where a row has none)."""
    rows = [r for v in versions for r in load_refusal(version=v) if r.label != "refusal"]
    texts = [off_topic_model.model_text(r.response, overlap(r.request or r.prompt, r.response)) for r in rows]
    return train(texts, [r.label == "off_topic" for r in rows], tuple(versions))


def model_text(model: RefusalModel) -> str:
    """The weights file's exact text (one line of sorted, compact JSON and a newline)."""
    return json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n"


def write_model(path: Path = MODEL_FILE) -> Path:
    """Retrain on :data:`TRAIN_VERSIONS` and write the weights atomically; returns the path."""
    return atomic_write_text(path, model_text(train_on_holdouts()))


def write_off_topic_model(path: Path = off_topic_model.MODEL_FILE) -> Path:
    """Retrain the off-topic model on its versions and write the weights atomically; returns the path."""
    return atomic_write_text(path, model_text(train_off_topic_on_holdouts()))
