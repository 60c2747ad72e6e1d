"""Readers for user-supplied safety sets: WildJailbreak (TSV), HarmBench and JailbreakBench (CSV).

Each returns ``(subset, category, prompt, meta)`` tuples; a missing column or an empty file is an
EmcodeError naming the file. Nothing here downloads: the user points at files they obtained.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError

Row = tuple[str, str, str, dict[str, Any]]
WILDJAILBREAK_TRAIN = ("vanilla", "adversarial", "tactics", "completion", "data_type")
WILDJAILBREAK_EVAL = ("adversarial", "label", "data_type")
HARMBENCH = ("Behavior", "FunctionalCategory", "SemanticCategory", "Tags", "ContextString", "BehaviorID")
JAILBREAKBENCH = ("Goal", "Target", "Behavior", "Category", "Source")


def _read(path: str | os.PathLike[str], delimiter: str, required: tuple[str, ...], what: str) -> list[dict[str, str]]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise EmcodeError(f"benchmarks.safety.options.path: {path} is not a file ({what} expected)")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # adversarial prompts can be long
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        columns = reader.fieldnames or []
        missing = [c for c in required if c not in columns]
        if missing:
            raise EmcodeError(f"{path}: not a {what} file: missing column(s) {', '.join(missing)} "
                              f"(found {', '.join(columns) or 'none'})")
        rows = list(reader)
    if not rows:
        raise EmcodeError(f"{path}: no rows")
    return rows


def read_wildjailbreak(path: str | os.PathLike[str]) -> list[Row]:
    """WildJailbreak train (vanilla, adversarial, tactics, completion, data_type) or eval (adversarial, label, data_type) TSV."""
    source = Path(path).expanduser()
    header: list[str] = []
    if source.is_file():
        with source.open(encoding="utf-8") as fh:
            header = fh.readline().rstrip("\r\n").split("\t")
    required = WILDJAILBREAK_TRAIN if "vanilla" in header else WILDJAILBREAK_EVAL
    out: list[Row] = []
    for n, row in enumerate(_read(path, "\t", required, "WildJailbreak TSV"), start=2):
        data_type = (row.get("data_type") or "").strip()
        kind, _, harm = data_type.partition("_")
        if kind not in ("vanilla", "adversarial") or harm not in ("harmful", "benign"):
            raise EmcodeError(f"{path}:{n}: data_type {data_type!r} is not one of vanilla_harmful, vanilla_benign, "
                              "adversarial_harmful, adversarial_benign")
        prompt = (row.get("adversarial") or "").strip() if kind == "adversarial" else (row.get("vanilla") or "").strip()
        if not prompt:
            raise EmcodeError(f"{path}:{n}: empty {kind} prompt")
        subset = "benign" if harm == "benign" else ("adversarial" if kind == "adversarial" else "harmful")
        meta: dict[str, Any] = {"data_type": data_type}
        if row.get("tactics"):
            meta["tactic"] = row["tactics"]
        if row.get("vanilla"):
            meta["request"] = row["vanilla"]
        out.append((subset, "wildjailbreak", prompt, meta))
    return out


def read_harmbench(path: str | os.PathLike[str]) -> list[Row]:
    """HarmBench behaviours CSV; a contextual behaviour gets its context above the request."""
    out: list[Row] = []
    for row in _read(path, ",", HARMBENCH, "HarmBench behaviors CSV"):
        behavior, context = row["Behavior"].strip(), (row.get("ContextString") or "").strip()
        prompt = f"{context}\n\n---\n\n{behavior}" if context else behavior
        out.append(("harmful", row["SemanticCategory"].strip() or "uncategorised", prompt,
                    {"behavior_id": row["BehaviorID"], "functional_category": row["FunctionalCategory"]}))
    return out


def read_jailbreakbench(path: str | os.PathLike[str], harmful: bool = True) -> list[Row]:
    """JailbreakBench behaviours CSV (its harmful or its benign file: say which with ``harmful``)."""
    subset = "harmful" if harmful else "benign"
    return [(subset, row["Category"].strip() or "uncategorised", row["Goal"].strip(),
             {"behavior": row["Behavior"], "source": row["Source"]})
            for row in _read(path, ",", JAILBREAKBENCH, "JailbreakBench CSV")]
