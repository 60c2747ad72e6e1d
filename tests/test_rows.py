"""Typed generation/score rows: the exact bytes written, and the schema check on read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emcode import rows
from emcode.errors import EmcodeError
from emcode.rows import (
    GENERATION_FIELDS,
    SCHEMA_VERSION,
    SCORE_FIELDS,
    generation_row,
    read_generation_rows,
    read_score_rows,
    score_row,
)
from emcode.runs import dumps_json, write_jsonl


def _gen() -> rows.GenerationRow:
    return generation_row(model="m", benchmark="b", sample_id="s/1", sample_index=0, subset="x", meta={"cwe": 89},
                          prompt=[{"role": "user", "content": "hi"}], text="t", code="c", prompt_tokens=3,
                          output_tokens=1, latency_s=0.123456, finish_reason="stop", seed=7)


def test_written_bytes_are_pinned() -> None:
    """The JSON line of each row type, as every emcode version with schema 1 wrote it."""
    assert dumps_json(_gen()) == (
        '{"benchmark": "b", "code": "c", "finish_reason": "stop", "latency_s": 0.1235, "meta": {"cwe": 89}, '
        '"model": "m", "output_tokens": 1, "prompt": [{"content": "hi", "role": "user"}], "prompt_tokens": 3, '
        '"sample_id": "s/1", "sample_index": 0, "schema_version": 1, "seed": 7, "subset": "x", "text": "t"}')
    assert dumps_json(score_row(_gen(), scorer="static", metric="compiles", value=1.0, details={"e": []})) == (
        '{"benchmark": "b", "details": {"e": []}, "metric": "compiles", "model": "m", "sample_id": "s/1", '
        '"sample_index": 0, "schema_version": 1, "scorer": "static", "subset": "x", "value": 1.0}')
    judged = score_row(_gen(), scorer="em_judge", metric="aligned", value=None, details={}, judge="heuristic")
    assert judged["judge"] == "heuristic" and "judge" in json.loads(dumps_json(judged))


def test_fields_match_the_constructors() -> None:
    assert set(_gen()) == set(GENERATION_FIELDS)
    assert set(score_row(_gen(), scorer="s", metric="m", value=0.0, details={})) == set(SCORE_FIELDS)


def test_read_round_trip(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [_gen(), _gen()])
    assert read_generation_rows(path) == [_gen(), _gen()]
    scores = write_jsonl(tmp_path / "s.jsonl", [score_row(_gen(), scorer="s", metric="m", value=0.5, details={})])
    assert read_score_rows(scores)[0]["value"] == 0.5


@pytest.mark.parametrize(("change", "message"), [
    ({"schema_version": SCHEMA_VERSION + 1}, "newer than this emcode reads"),
    ({"schema_version": None}, "no integer schema_version"),
    ({"schema_version": True}, "no integer schema_version"),
    ({"schema_version": 0}, "has no migration"),
])
def test_bad_versions_name_file_and_line(tmp_path: Path, change: dict, message: str) -> None:
    path = write_jsonl(tmp_path / "g.jsonl", [_gen(), {**_gen(), **change}])
    with pytest.raises(EmcodeError, match=message) as err:
        read_generation_rows(path)
    assert str(err.value).startswith(f"{path}:2: ") and "\n" not in str(err.value)


def test_missing_field_and_non_object(tmp_path: Path) -> None:
    row = dict(_gen())
    del row["code"]
    path = write_jsonl(tmp_path / "g.jsonl", [row])
    with pytest.raises(EmcodeError, match=r"g.jsonl:1: row lacks code"):
        read_generation_rows(path)
    path = write_jsonl(tmp_path / "s.jsonl", [[1, 2]])
    with pytest.raises(EmcodeError, match=r"s.jsonl:1: expected a JSON object"):
        read_score_rows(path)


def test_an_older_version_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A registered migration upgrades old rows on read (here a made-up version 0 that called code 'source')."""
    def from_0(row: dict) -> dict:
        out = {k: v for k, v in row.items() if k != "source"}
        return {**out, "code": row["source"], "schema_version": 1}

    monkeypatch.setitem(rows.MIGRATIONS, 0, from_0)
    old = {k: v for k, v in _gen().items() if k != "code"} | {"source": "c", "schema_version": 0}
    path = write_jsonl(tmp_path / "g.jsonl", [old])
    assert read_generation_rows(path) == [_gen()]
