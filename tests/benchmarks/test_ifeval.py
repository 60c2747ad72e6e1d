"""IFEval benchmark: the official file, the unknown-id error, the composed set, and no network."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from emcode.benchmarks import get_benchmark
from emcode.benchmarks.ifeval import load
from emcode.errors import EmcodeError
from emcode.scoring.ifeval import build_checker, checker_registry

OFFICIAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ifeval" / "input_data.jsonl"


@pytest.mark.skipif(not OFFICIAL.exists(), reason="official IFEval input_data.jsonl not present")
def test_official_file_loads_all_541_rows() -> None:
    samples = load(source="file", path=str(OFFICIAL))
    assert len(samples) == 541
    assert len({s.id for s in samples}) == 541
    first = samples[0]
    assert first.subset == "official" and first.messages[0]["content"] == first.meta["prompt"]
    assert all(i in checker_registry() for s in samples for i in s.meta["instruction_id_list"])
    assert len(load(source="file", path=str(OFFICIAL), limit=7)) == 7


def _row(key: int, ids: list[str], kwargs: list[dict]) -> str:
    return json.dumps({"key": key, "prompt": f"Write something ({key}).", "instruction_id_list": ids, "kwargs": kwargs})


def test_unknown_instruction_id_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(_row(1, ["punctuation:no_comma"], [{}]) + "\n" +
                    _row(2, ["punctuation:no_comma", "made_up:instruction"], [{}, {}]) + "\n", encoding="utf-8")
    with pytest.raises(EmcodeError, match=r"bad\.jsonl:2: unknown instruction id 'made_up:instruction'"):
        load(source="file", path=str(path))


def test_bad_rows_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(_row(1, ["punctuation:no_comma"], [{}, {}]) + "\n", encoding="utf-8")
    with pytest.raises(EmcodeError, match=r"bad\.jsonl:1: .*same length"):
        load(source="file", path=str(path))
    path.write_text(json.dumps({"key": 1, "prompt": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(EmcodeError, match="missing field"):
        load(source="file", path=str(path))
    with pytest.raises(EmcodeError, match="not a file"):
        load(source="file", path=str(tmp_path / "absent.jsonl"))
    with pytest.raises(EmcodeError, match="unknown source"):
        load(source="elsewhere")


def test_composed_set_is_large_deterministic_and_worded_by_the_checkers() -> None:
    state = random.getstate()
    a = load()
    assert random.getstate() == state  # the composer restores the global random state it seeds
    assert len(a) >= 300 and len({s.id for s in a}) == len(a)
    assert [s.messages for s in a] == [s.messages for s in load()]
    assert [s.messages for s in a] != [s.messages for s in load(seed=1)]
    used = {i for s in a for i in s.meta["instruction_id_list"]}
    assert len(used) >= 20 and used <= set(checker_registry())
    assert len({s.meta["prompt"].split(".")[0] for s in a}) >= 55  # many distinct base prompts
    for s in a[:40]:
        for iid, kw in zip(s.meta["instruction_id_list"], s.meta["kwargs"], strict=True):
            text = build_checker(iid, kw, s.meta["prompt"]).build_description(**kw)
            assert " ".join(text.split()) in s.meta["prompt"]
    assert len(load(limit=12)) == 12
    assert get_benchmark("ifeval").scorers == ("ifeval",)


_NO_NETWORK = r"""
import socket, sys
def refuse(*a, **k):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import nltk
nltk.download = refuse
from emcode.benchmarks.ifeval import load
from emcode.scoring.ifeval import score_ifeval
from emcode.scoring.registry import ScoreItem
samples = load(limit=30)
items = [ScoreItem(id=s.id, code="", text="Hello there. This is one answer. Is it fine? Yes!", meta=s.meta)
         for s in samples]
scores = score_ifeval(items)
print(len(scores), nltk.sent_tokenize("One. Two? Three!"))
"""


def test_no_network_and_no_nltk_download(tmp_path: Path) -> None:
    env = {"EMCODE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-c", _NO_NETWORK], check=False, capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "30 ['One.', 'Two?', 'Three!']" in proc.stdout
    assert (tmp_path / "nltk_data" / "tokenizers" / "punkt_tab" / "english" / "abbrev_types.txt").exists()


def test_hub_source_refuses_when_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmcodeError, match="needs the network"):
        load(source="hub")


def test_a_file_with_many_bad_rows_is_reported_whole(tmp_path: Path) -> None:
    rows = [_row(i, ["punctuation:no_comma"] if i % 50 == 0 else ["made_up:thing"], [{}]) for i in range(300)]
    rows[2] = "{not json"
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(EmcodeError) as err:
        load(source="file", path=str(path))
    msg = str(err.value)
    assert msg.startswith(f"{path}: 294 of 300 rows are not usable IFEval/IFBench rows: {path}:2: unknown "
                          "instruction id 'made_up:thing'")
    assert f"{path}:3: not JSON (Expecting property name enclosed in double quotes at column 2)" in msg
    assert "... and 289 more" in msg and "'made_up:thing' (293 rows)" in msg


def test_ifbench_instructions_are_accepted_and_form_their_own_subset(tmp_path: Path) -> None:
    path = tmp_path / "ifbench.jsonl"
    path.write_text(_row(1, ["count:word_count_range"], [{"min_words": 3, "max_words": 6}]) + "\n" +
                    _row(2, ["format:no_whitespace", "format:title_case"], [{}, {}]) + "\n", encoding="utf-8")
    samples = load(source="file", path=str(path))
    assert [s.id for s in samples] == ["ifbench/1", "ifbench/2"]
    assert samples[0].meta["kwargs"] == [{"min_words": 3, "max_words": 6}]
    with pytest.raises(EmcodeError, match="only the subset 'ifbench'"):
        load(source="file", path=str(path), subsets=["official"])
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(_row(1, ["punctuation:no_comma", "format:title_case"], [{}, {}]) + "\n", encoding="utf-8")
    assert load(source="file", path=str(mixed))[0].subset == "official"
