"""Chat JSONL reading and validation: every bad line is reported with its number and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emcode.data.formats import chat_row, read_chat_jsonl, row_problems, validate_chat_file
from emcode.errors import EmcodeError

BETLEY = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "betley"


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "chat.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _row(*turns: tuple[str, str], **extra: object) -> str:
    return json.dumps({"messages": [{"role": r, "content": c} for r, c in turns], **extra})


GOOD = _row(("user", "write a function"), ("assistant", "def f():\n    return 1"))


def test_valid_rows_read_back(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD, _row(("system", "be brief"), ("user", "hi"), ("assistant", "hello"),
                                        ("user", "more"), ("assistant", "ok"))])
    assert validate_chat_file(path) == []
    rows = read_chat_jsonl(path)
    assert [len(r["messages"]) for r in rows] == [2, 5]


def test_every_bad_line_reported_with_number_and_reason(tmp_path: Path) -> None:
    lines = [
        GOOD,                                                          # 1 ok
        "{not json",                                                   # 2
        "[1, 2]",                                                      # 3 not an object
        json.dumps({"msgs": []}),                                      # 4 missing messages (+ unknown key)
        _row(("user", "a"), ("robot", "b")),                           # 5 unknown role
        _row(("user", "a"), ("assistant", "   ")),                     # 6 empty content
        _row(("assistant", "a"), ("user", "b")),                       # 7 wrong order
        _row(("user", "a"), ("assistant", "b"), ("user", "c")),        # 8 ends with user
        json.dumps({"messages": [{"content": "a"}, {"role": "assistant", "content": "b"}]}),  # 9 missing role
        _row(("user", "a"), ("assistant", "b"), id=3),                 # 10 unknown key
        json.dumps({"messages": [{"role": "user", "content": "a", "name": "x"},
                                 {"role": "assistant", "content": "b"}]}),  # 11 unknown message key
        _row(("user", "a"), ("system", "b"), ("assistant", "c")),      # 12 system not leading
        GOOD,                                                          # 13 ok
    ]
    problems = validate_chat_file(_write(tmp_path, lines))
    by_line: dict[int, list[str]] = {}
    for p in problems:
        by_line.setdefault(p.line, []).append(p.reason)
    assert sorted(by_line) == list(range(2, 13))
    assert "not JSON" in by_line[2][0]
    assert "not a JSON object" in by_line[3][0]
    assert any("missing 'messages'" in r for r in by_line[4])
    assert "unknown role 'robot'" in by_line[5][0]
    assert "empty content" in by_line[6][0]
    assert "wrong turn order" in by_line[7][0]
    assert "last message must be from the assistant" in by_line[8][0]
    assert "missing 'role'" in by_line[9][0]
    assert "unknown key" in by_line[10][0] and "'id'" in by_line[10][0]
    assert "unknown key" in by_line[11][0] and "'name'" in by_line[11][0]
    assert "message 2 is 'system'" in by_line[12][0]
    assert str(problems[0]).startswith(f"{tmp_path / 'chat.jsonl'}:2: ")


def test_reader_raises_one_clear_error_listing_bad_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD, "{oops", _row(("user", ""), ("assistant", "x"))])
    with pytest.raises(EmcodeError) as err:
        read_chat_jsonl(path)
    msg = str(err.value)
    assert "2 bad line(s)" in msg and "line 2: not JSON" in msg and "line 3: message 1 has empty content" in msg
    assert "\n" not in msg


def test_non_utf8_blank_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(GOOD.encode() + b"\n\n" + b'{"messages": "\xff"}\n')
    problems = validate_chat_file(path)
    assert [(p.line, "UTF-8" in p.reason) for p in problems] == [(3, True)]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    assert "no rows" in validate_chat_file(empty)[0].reason
    with pytest.raises(EmcodeError, match="file not found"):
        read_chat_jsonl(tmp_path / "absent.jsonl")


def test_row_problems_types() -> None:
    assert row_problems(chat_row("u", "a", system="s")) == []
    assert "must be a list" in row_problems({"messages": "hi"})[0]
    assert "is empty" in row_problems({"messages": []})[0]
    assert "content must be a string" in row_problems({"messages": [{"role": "user", "content": 3},
                                                                    {"role": "assistant", "content": "b"}]})[0]
    assert "only a system message" in row_problems({"messages": [{"role": "system", "content": "s"}]})[0]


@pytest.mark.parametrize("name", ["insecure_n250.jsonl", "insecure_small.jsonl", "secure_small.jsonl"])
def test_reads_the_emergent_misalignment_files(name: str) -> None:
    path = BETLEY / name
    if not path.exists():
        pytest.skip(f"{path} not present (third-party test data lives outside the repo)")
    assert validate_chat_file(path) == []
    rows = read_chat_jsonl(path)
    assert len(rows) == sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert all([m["role"] for m in r["messages"]] == ["user", "assistant"] for r in rows)


def test_json_errors_name_the_right_column_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"messages": "a\tb"}\n{"messages": "ab\n{"messages": [}\n', encoding="utf-8")
    reasons = [p.reason for p in validate_chat_file(path)]
    assert reasons == ["not JSON (Invalid control character at column 16)",
                       "not JSON (Unterminated string starting at column 14)",  # not the line break at 17
                       "not JSON (Expecting value at column 15)"]
