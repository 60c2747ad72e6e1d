"""Users' own prompt sets: a plain text file (one prompt per line), JSONL or CSV/TSV with a column mapping.

Used by the ``safety``, ``em_questions`` and ``malicious_code`` benchmarks (``options.path`` with
``prompt_field``, ``category_field``, ``id_field``). The whole file is read and every bad row is
reported at once (the first few with file and line, then a count), so a 300-row file with one
systematic mistake costs one round trip, not 300.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError

TEXT_SUFFIXES = (".txt", ".text", ".lst", "")
PROMPT_COLUMNS = ("prompt", "Prompt", "Behavior", "Goal", "question", "text", "instruction")  # tried in order
MAX_LISTED = 10


@dataclass(frozen=True)
class PromptRow:
    """One prompt of a user file: a stable id, an optional category, the text and the row's other fields."""

    id: str
    prompt: str
    category: str | None = None
    line: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _fail(path: Path, what: str, problems: list[str], total: int) -> EmcodeError:
    shown = "; ".join(problems[:MAX_LISTED])
    more = f"; ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    return EmcodeError(f"{path}: {len(problems)} of {total} {what} rows are unusable: {shown}{more}")


def _text_rows(path: Path) -> list[PromptRow]:
    rows = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, start=1):
            text = line.strip()
            if text and not text.startswith("#"):
                rows.append(PromptRow(id=f"line{lineno:05d}", prompt=text, line=lineno))
    return rows


def jsonl_values(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """``(line, value, problem)`` for each non-blank line of a JSONL file; a line that does not parse gives
    value None and its problem (``not JSON (...)``) instead of stopping, so callers list every bad line."""
    from emcode.data.formats import json_error_text

    with path.open(encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                value, problem = json.loads(line.rstrip("\r\n")), None
            except json.JSONDecodeError as exc:
                value, problem = None, f"not JSON ({json_error_text(exc)})"
            yield lineno, value, problem


def _records(path: Path) -> tuple[list[tuple[int, Any]], list[str], list[str], int]:
    """(line, record) pairs, the columns seen, JSON problems and the row count, for JSONL or CSV/TSV."""
    if path.suffix.lower() == ".jsonl":
        records, problems, columns, total = [], [], set(), 0
        for lineno, rec, problem in jsonl_values(path):
            total += 1
            if problem is not None or not isinstance(rec, dict):
                problems.append(f"line {lineno}: {problem or 'not a JSON object'}")
                continue
            columns.update(rec)
            records.append((lineno, rec))
        return records, sorted(columns), problems, total
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        records = [(reader.line_num, rec) for rec in reader]
        return records, list(reader.fieldnames or []), [], len(records)


def read_prompt_file(path: str | os.PathLike[str], where: str, *, path_key: str = "path",
                     prompt_field: str | None = None, category_field: str | None = None,
                     id_field: str | None = None) -> list[PromptRow]:
    """Every prompt of a user file; ``where`` names the config key in errors (``benchmarks.safety.options``).

    A ``.txt`` file (or no suffix) holds one prompt per line (blank lines and ``#`` lines skipped);
    ``.jsonl``, ``.csv`` and ``.tsv`` files take the prompt from ``prompt_field`` (default: the first
    of :data:`PROMPT_COLUMNS` present), the category and id from the optional fields.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise EmcodeError(f"{where}.{path_key}: {path} is not a file; point it at a .txt (one prompt per line), "
                          ".jsonl, .csv or .tsv file")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        given = [k for k, v in (("prompt_field", prompt_field), ("category_field", category_field),
                                ("id_field", id_field)) if v]
        if given:
            raise EmcodeError(f"{where}.{given[0]}: {path} is a plain text file (one prompt per line) and has no "
                              "fields; remove the option or use a .jsonl/.csv file")
        rows = _text_rows(path)
    elif suffix in (".jsonl", ".csv", ".tsv"):
        rows = _mapped_rows(path, where, prompt_field, category_field, id_field)
    else:
        raise EmcodeError(f"{where}.{path_key}: {path}: unknown file type {suffix!r}; use .txt (one prompt per line), "
                          ".jsonl, .csv or .tsv")
    if not rows:
        raise EmcodeError(f"{path}: no prompts in the file")
    return rows


def _mapped_rows(path: Path, where: str, prompt_field: str | None, category_field: str | None,
                 id_field: str | None) -> list[PromptRow]:
    records, columns, problems, total = _records(path)
    if prompt_field is None:
        prompt_field = next((c for c in PROMPT_COLUMNS if c in columns), None)
        if prompt_field is None:
            raise EmcodeError(f"{path}: no prompt column among {', '.join(columns) or 'none'}; set "
                              f"{where}.prompt_field to the column holding the prompt")
    for key, name in (("prompt_field", prompt_field), ("category_field", category_field), ("id_field", id_field)):
        if name is not None and columns and name not in columns:
            raise EmcodeError(f"{where}.{key}: {path} has no field {name!r} (found {', '.join(columns)})")
    rows: list[PromptRow] = []
    seen: dict[str, int] = {}
    for lineno, rec in records:
        text = rec.get(prompt_field)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"line {lineno}: empty or missing {prompt_field!r}")
            continue
        rid = str(rec.get(id_field, "")).strip() if id_field else f"line{lineno:05d}"
        if not rid:
            problems.append(f"line {lineno}: empty {id_field!r}")
            continue
        if rid in seen:
            problems.append(f"line {lineno}: id {rid!r} repeats line {seen[rid]}; ids must be unique")
            continue
        seen[rid] = lineno
        cat = rec.get(category_field) if category_field else None
        extra = {k: v for k, v in rec.items() if k not in (prompt_field, category_field, id_field) and k}
        rows.append(PromptRow(id=rid, prompt=text.strip(), line=lineno, extra=extra,
                              category=(str(cat).strip() or None) if cat is not None else None))
    if problems:
        problems.sort(key=lambda p: int(p.split(":", 1)[0].removeprefix("line ")))  # file order
        raise _fail(path, path.suffix.lstrip(".").upper(), problems, total)
    return rows
