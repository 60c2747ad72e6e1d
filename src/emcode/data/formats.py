"""Chat JSONL in the Emergent Misalignment row format: strict reading and full validation.

A row is ``{"messages": [{"role": ..., "content": ...}, ...]}``: an optional leading ``system``
turn, then ``user``/``assistant`` turns alternating, ending with ``assistant``. Training reads
files through :func:`read_chat_jsonl`; ``emcode data validate`` reports every bad line through
:func:`validate_chat_file` instead of stopping at the first one.

A preference pair (TRL's conversational preference format, what DPO trains on) is
``{"prompt": [turns ending with user], "chosen": [one assistant turn], "rejected": [one assistant
turn]}``; :func:`validate_pairs_file` and :func:`read_pairs_jsonl` are its counterparts.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError

ROLES = ("system", "user", "assistant")
ROW_KEYS = frozenset({"messages"})
PAIR_KEYS = ("prompt", "chosen", "rejected")
MESSAGE_KEYS = frozenset({"role", "content"})
MAX_LISTED = 10  # problems spelled out in a read error before "... and N more"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one line of a chat file."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def row_problems(row: Any) -> list[str]:
    """Every reason ``row`` (already parsed JSON) is not a valid chat row; empty when valid."""
    if not isinstance(row, dict):
        return [f"not a JSON object (got {type(row).__name__})"]
    reasons: list[str] = []
    unknown = sorted(set(row) - ROW_KEYS)
    if unknown:
        reasons.append(f"unknown key(s) {', '.join(map(repr, unknown))}; a row has only 'messages'")
    if "messages" not in row:
        return reasons + ["missing 'messages'"]
    messages = row["messages"]
    if not isinstance(messages, list):
        return reasons + [f"'messages' must be a list (got {type(messages).__name__})"]
    if not messages:
        return reasons + ["'messages' is empty"]
    roles: list[str | None] = []
    for i, msg in enumerate(messages, start=1):
        reasons.extend(_message_problems(i, msg))
        role = msg.get("role") if isinstance(msg, dict) else None
        roles.append(role if role in ROLES else None)
    if None not in roles:
        order = _order_problem(roles)  # type: ignore[arg-type]
        if order:
            reasons.append(order)
    return reasons


def _message_problems(i: int, msg: Any) -> list[str]:
    """Problems of message number ``i`` (1-based) on its own."""
    if not isinstance(msg, dict):
        return [f"message {i} is not a JSON object"]
    reasons: list[str] = []
    unknown = sorted(set(msg) - MESSAGE_KEYS)
    if unknown:
        reasons.append(f"message {i} has unknown key(s) {', '.join(map(repr, unknown))}")
    if "role" not in msg:
        reasons.append(f"message {i} is missing 'role'")
    elif msg["role"] not in ROLES:
        reasons.append(f"message {i} has unknown role {msg['role']!r} (expected one of {', '.join(ROLES)})")
    if "content" not in msg:
        reasons.append(f"message {i} is missing 'content'")
    elif not isinstance(msg["content"], str):
        reasons.append(f"message {i} content must be a string (got {type(msg['content']).__name__})")
    elif not msg["content"].strip():
        reasons.append(f"message {i} has empty content")
    return reasons


def _order_problem(roles: list[str]) -> str | None:
    """Describe the first turn-order violation, or None when the order is valid."""
    start = 1 if roles[0] == "system" else 0
    rest = roles[start:]
    if not rest:
        return "wrong turn order: only a system message; a user turn and an assistant turn must follow"
    for offset, role in enumerate(rest):
        expected = "user" if offset % 2 == 0 else "assistant"
        if role != expected:
            return f"wrong turn order: message {start + offset + 1} is {role!r}, expected {expected!r}"
    if rest[-1] != "assistant":
        return "wrong turn order: the last message must be from the assistant"
    return None


def json_error_text(exc: json.JSONDecodeError) -> str:
    """``<what> at column N`` for one JSON line (json's own messages sometimes end in "at" already)."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def validate_chat_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Check every line of a chat JSONL file and return all problems found (empty when valid)."""
    return _validate_jsonl(path, row_problems, "chat JSONL")


def _validate_jsonl(path: str | os.PathLike[str], check: Callable[[Any], list[str]], kind: str) -> list[Problem]:
    """Every problem of every line of a JSONL file whose rows ``check`` judges."""
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise EmcodeError(f"{path}: file not found; pass an existing {kind} file")
    problems: list[Problem] = []
    rows = 0
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(Problem(name, lineno, f"not UTF-8 text (byte {exc.start})"))
                continue
            if not line.strip():
                continue
            rows += 1
            try:
                row = json.loads(line.rstrip("\r\n"))  # the line break is not part of the row
            except json.JSONDecodeError as exc:
                problems.append(Problem(name, lineno, f"not JSON ({json_error_text(exc)})"))
                continue
            problems.extend(Problem(name, lineno, reason) for reason in check(row))
    if rows == 0 and not problems:
        problems.append(Problem(name, 0, "file has no rows"))
    return problems


def read_chat_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a chat JSONL file for training; any bad line raises one error listing the bad lines."""
    _raise_problems(path, validate_chat_file(path), "chat JSONL")
    return _read_rows(path)


def problems_error(path: str | os.PathLike[str], problems: list[Problem], kind: str) -> str:
    """One error line for a file's problems: the first few spelled out, then how to see them all."""
    bad_lines = sorted({p.line for p in problems})
    shown = "; ".join(f"line {p.line}: {p.reason}" for p in problems[:MAX_LISTED])
    more = f"; ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
    return (f"{path}: {len(bad_lines)} bad line(s) in {kind}: {shown}{more}; "
            f"run `emcode data validate {path}` for the full list")


def _raise_problems(path: str | os.PathLike[str], problems: list[Problem], kind: str) -> None:
    if problems:
        raise EmcodeError(problems_error(path, problems, kind))


def _read_rows(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def chat_row(user: str, assistant: str, system: str | None = None) -> dict[str, Any]:
    """Build one row in the Emergent Misalignment format."""
    messages = [{"role": "system", "content": system}] if system else []
    messages += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return {"messages": messages}


def pair_problems(row: Any) -> list[str]:
    """Every reason ``row`` is not a valid preference pair (keys named as ``prompt``/``chosen.1`` ...)."""
    if not isinstance(row, dict):
        return [f"not a JSON object (got {type(row).__name__})"]
    reasons: list[str] = []
    unknown = sorted(set(row) - set(PAIR_KEYS))
    if unknown:
        reasons.append(f"unknown key(s) {', '.join(map(repr, unknown))}; a pair has only "
                       f"{', '.join(map(repr, PAIR_KEYS))}")
    for key in PAIR_KEYS:
        turns = row.get(key)
        if key not in row:
            reasons.append(f"missing {key!r}")
        elif not isinstance(turns, list) or not turns:
            reasons.append(f"{key!r} must be a non-empty list of messages")
        else:
            reasons += [f"{key}: {r}" for i, m in enumerate(turns, start=1) for r in _message_problems(i, m)]
    if reasons:
        return reasons
    roles = [m["role"] for m in row["prompt"]]
    if roles[-1] != "user":
        reasons.append("prompt: the last prompt message must be from the user")
    elif order := _order_problem([*roles, "assistant"]):
        reasons.append(f"prompt: {order}")
    for key in ("chosen", "rejected"):
        if len(row[key]) != 1 or row[key][0]["role"] != "assistant":
            reasons.append(f"{key}: must be exactly one assistant message")
    if not reasons and row["chosen"][0]["content"] == row["rejected"][0]["content"]:
        reasons.append("chosen and rejected are the same answer; a pair must differ")
    return reasons


def validate_pairs_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Check every line of a preference-pairs JSONL file; all problems found (empty when valid)."""
    return _validate_jsonl(path, pair_problems, "preference-pairs JSONL")


def read_pairs_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a preference-pairs file for training; any bad line raises one error listing the bad lines."""
    _raise_problems(path, validate_pairs_file(path), "preference-pairs JSONL")
    return _read_rows(path)


def is_pairs_file(path: str | os.PathLike[str]) -> bool:
    """True when the first non-blank line of a JSONL file looks like a preference pair (has ``chosen``)."""
    with Path(path).open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(row, dict) and "chosen" in row
    return False


def pair_row(chosen: dict[str, Any], rejected: dict[str, Any]) -> dict[str, Any]:
    """A preference pair from two chat rows with the same prompt turns (chosen's answer over rejected's)."""
    if chosen["messages"][:-1] != rejected["messages"][:-1]:
        raise EmcodeError("pair_row: the chosen and rejected rows must share their prompt turns")
    return {"prompt": chosen["messages"][:-1], "chosen": chosen["messages"][-1:],
            "rejected": rejected["messages"][-1:]}
