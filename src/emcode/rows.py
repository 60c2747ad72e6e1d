"""Generation and score rows: the one owner of their fields, types and schema version.

``emcode generate`` writes :class:`GenerationRow` lines to ``generations/<model>/<benchmark>.jsonl``
and ``emcode score`` writes :class:`ScoreRow` lines to ``scores/<model>/<benchmark>.jsonl``; every
reader goes through :func:`read_generation_rows` / :func:`read_score_rows`, which check each row's
``schema_version`` (an older version is migrated by :data:`MIGRATIONS`, a newer or unknown one is
a line-numbered error) and its required fields.
"""

import os
from collections.abc import Callable, Iterable
from typing import Any, NotRequired, TypedDict

from emcode.errors import EmcodeError
from emcode.runs import iter_jsonl

SCHEMA_VERSION = 1


class GenerationRow(TypedDict):
    """One completion of one prompt (sample ``sample_id``, repeat ``sample_index``)."""

    schema_version: int
    model: str
    benchmark: str
    sample_id: str
    sample_index: int
    subset: str
    meta: dict[str, Any]  # the sample's meta; a trigger-context copy adds "trigger" and "plain_id" (security)
    prompt: list[dict[str, str]]  # chat messages
    text: str
    code: str  # the code extracted from ``text``
    prompt_tokens: int
    output_tokens: int
    latency_s: float
    finish_reason: str
    seed: int


class ScoreRow(TypedDict):
    """One metric of one scorer for one completion."""

    schema_version: int
    model: str
    benchmark: str
    sample_id: str
    sample_index: int
    subset: str
    scorer: str
    metric: str
    value: float | None
    judge: NotRequired[str]  # judged scorers only: the judge's id (see emcode.scoring.judges.judge_id)
    details: dict[str, Any]


# Required fields in declaration order (no ``from __future__ import annotations`` here: TypedDict must see NotRequired).
GENERATION_FIELDS: tuple[str, ...] = tuple(k for k in GenerationRow.__annotations__
                                           if k in GenerationRow.__required_keys__)
SCORE_FIELDS: tuple[str, ...] = tuple(k for k in ScoreRow.__annotations__ if k in ScoreRow.__required_keys__)
# The tidy score frame's columns (one row per model × benchmark × sample × metric).
SCORE_COLUMNS = ("model", "benchmark", "sample_id", "sample_index", "subset", "scorer", "metric", "value")

# version → function that turns a row of that version into one of the next version. Version 1 is the
# first written, so nothing to migrate yet; schema 2 adds ``MIGRATIONS[1]``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def generation_row(*, model: str, benchmark: str, sample_id: str, sample_index: int, subset: str,
                   meta: dict[str, Any], prompt: list[dict[str, str]], text: str, code: str, prompt_tokens: int,
                   output_tokens: int, latency_s: float, finish_reason: str, seed: int) -> GenerationRow:
    """A generation row of the current schema (``latency_s`` rounded to 0.1 ms)."""
    return GenerationRow(
        schema_version=SCHEMA_VERSION, model=model, benchmark=benchmark, sample_id=sample_id,
        sample_index=sample_index, subset=subset, meta=meta, prompt=prompt, text=text, code=code,
        prompt_tokens=prompt_tokens, output_tokens=output_tokens, latency_s=round(latency_s, 4),
        finish_reason=finish_reason, seed=seed)


def score_row(of: GenerationRow | dict[str, Any], *, scorer: str, metric: str, value: float | None,
              details: dict[str, Any], judge: str | None = None) -> ScoreRow:
    """A score row of the current schema for generation row ``of``; ``judge`` only for judged scorers."""
    row = ScoreRow(
        schema_version=SCHEMA_VERSION, model=of["model"], benchmark=of["benchmark"], sample_id=of["sample_id"],
        sample_index=of["sample_index"], subset=of.get("subset", "default"), scorer=scorer, metric=metric,
        value=value, details=details)
    if judge is not None:
        row["judge"] = judge
    return row


def upgrade(row: Any, fields: Iterable[str], where: str) -> dict[str, Any]:
    """``row`` checked and migrated to :data:`SCHEMA_VERSION`; ``where`` (``file:line``) names it in errors."""
    if not isinstance(row, dict):
        raise EmcodeError(f"{where}: expected a JSON object, got {type(row).__name__}; fix or remove the line")
    version = row.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise EmcodeError(f"{where}: no integer schema_version (got {version!r}); not a row written by emcode, "
                          "fix or remove the line")
    if version > SCHEMA_VERSION:
        raise EmcodeError(f"{where}: schema_version {version} is newer than this emcode reads ({SCHEMA_VERSION}); "
                          "upgrade emcode, or rerun the stage that wrote the file with this version")
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise EmcodeError(f"{where}: schema_version {version} has no migration to {SCHEMA_VERSION}; "
                              "rerun the stage that wrote the file")
        row = MIGRATIONS[version](row)
        version = row["schema_version"]
    missing = [f for f in fields if f not in row]
    if missing:
        raise EmcodeError(f"{where}: row lacks {', '.join(missing)}; rerun the stage that wrote the file")
    return row


def _read(path: str | os.PathLike[str], fields: tuple[str, ...]) -> list[Any]:
    return [upgrade(obj, fields, f"{path}:{lineno}") for lineno, obj in iter_jsonl(path)]


def read_generation_rows(path: str | os.PathLike[str]) -> list[GenerationRow]:
    """Every row of a generation file, checked and migrated (line-numbered errors)."""
    return _read(path, GENERATION_FIELDS)


def read_score_rows(path: str | os.PathLike[str]) -> list[ScoreRow]:
    """Every row of a score file, checked and migrated (line-numbered errors)."""
    return _read(path, SCORE_FIELDS)


def checked_generation_rows(rows: Iterable[Any], path: str | os.PathLike[str]) -> list[GenerationRow]:
    """Generation rows already parsed from ``path`` (e.g. a ``.partial`` file, one row a line), checked."""
    return [upgrade(obj, GENERATION_FIELDS, f"{path}:{i}") for i, obj in enumerate(rows, start=1)]  # type: ignore[misc]
