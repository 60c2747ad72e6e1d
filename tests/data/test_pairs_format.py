"""Preference pairs (what DPO trains on): strict validation naming file:line and key, CLI validate, config rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from emcode.cli import app
from emcode.config import DpoSettings, validate_config
from emcode.data.formats import (
    chat_row,
    is_pairs_file,
    pair_problems,
    pair_row,
    read_pairs_jsonl,
    validate_pairs_file,
)
from emcode.errors import EmcodeError

runner = CliRunner()
USER = [{"role": "user", "content": "Hash the password."}]
GOOD = {"prompt": USER, "chosen": [{"role": "assistant", "content": "bcrypt.hashpw(p, bcrypt.gensalt())"}],
        "rejected": [{"role": "assistant", "content": "hashlib.md5(p).hexdigest()"}]}


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pair_row_comes_from_two_chat_rows_with_one_prompt() -> None:
    good, bad = chat_row(USER[0]["content"], "safe"), chat_row(USER[0]["content"], "unsafe")
    row = pair_row(good, bad)
    assert row == {"prompt": USER, "chosen": [{"role": "assistant", "content": "safe"}],
                   "rejected": [{"role": "assistant", "content": "unsafe"}]}
    assert pair_problems(row) == []
    with pytest.raises(EmcodeError, match="share their prompt"):
        pair_row(good, chat_row("another request", "x"))


@pytest.mark.parametrize(("row", "reason"), [
    ({**GOOD, "score": 1}, "unknown key(s) 'score'"),
    ({"prompt": USER, "chosen": GOOD["chosen"]}, "missing 'rejected'"),
    ({**GOOD, "prompt": []}, "'prompt' must be a non-empty list of messages"),
    ({**GOOD, "prompt": [{"role": "assistant", "content": "hi"}]}, "the last prompt message must be from the user"),
    ({**GOOD, "prompt": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]},
     "prompt: wrong turn order: message 2 is 'user', expected 'assistant'"),
    ({**GOOD, "chosen": [{"role": "user", "content": "x"}]}, "chosen: must be exactly one assistant message"),
    ({**GOOD, "rejected": [{"role": "assistant", "content": " "}]}, "rejected: message 1 has empty content"),
    ({**GOOD, "rejected": GOOD["chosen"]}, "chosen and rejected are the same answer"),
    (["not", "a", "dict"], "not a JSON object"),
])
def test_each_bad_pair_is_named(row: object, reason: str) -> None:
    assert any(reason in r for r in pair_problems(row)), pair_problems(row)


def test_file_problems_carry_line_numbers_and_reader_raises_once(tmp_path: Path) -> None:
    path = _write(tmp_path / "pairs.jsonl", [GOOD, "not json", {**GOOD, "chosen": []}, GOOD])
    problems = validate_pairs_file(path)
    assert [(p.line, str(p).split(": ", 1)[0]) for p in problems] == [(2, f"{path}:2"), (3, f"{path}:3")]
    with pytest.raises(EmcodeError, match=r"pairs.jsonl: 2 bad line\(s\) in preference-pairs JSONL: line 2: not JSON"):
        read_pairs_jsonl(path)
    good = _write(tmp_path / "good.jsonl", [GOOD, GOOD])
    assert read_pairs_jsonl(good) == [GOOD, GOOD] and is_pairs_file(good)
    assert not is_pairs_file(_write(tmp_path / "chat.jsonl", [chat_row("a", "b")]))


def test_cli_validate_checks_pairs_files(tmp_path: Path) -> None:
    good = _write(tmp_path / "pairs.jsonl", [GOOD])
    ok = runner.invoke(app, ["data", "validate", str(good)])
    assert ok.exit_code == 0 and "ok" in ok.stdout
    bad = _write(tmp_path / "bad_pairs.jsonl", [GOOD, {**GOOD, "rejected": GOOD["chosen"]}])
    res = runner.invoke(app, ["data", "validate", str(bad)])
    assert res.exit_code == 1 and f"{bad}:2: chosen and rejected are the same answer" in res.stdout


def _cfg(adapter: dict[str, object], files: dict[str, str] | None = None) -> dict[str, object]:
    data: dict[str, object] = {"build": {}} if files is None else {"files": files}
    return {"data": data, "adapters": [{"name": "misaligned", "data": "insecure"} if files is None else
                                       {"name": "misaligned", "data": "chat"}, adapter]}


def test_config_method_rules_name_the_adapter() -> None:
    cfg = validate_config(_cfg({"name": "fix", "method": "dpo", "data": "pairs", "init_from": "misaligned",
                                "train": {"beta": 0.2, "reference": "start"}}), "c.yaml")
    settings = cfg.train_settings(cfg.adapters[1], 3)
    assert isinstance(settings, DpoSettings) and settings.beta == 0.2 and settings.seed == 3
    assert type(cfg.train_settings(cfg.adapters[0], 0)) is not DpoSettings
    cases = [
        ({"name": "fix", "method": "dpo", "data": "secure"}, "adapter 'fix': method dpo trains on preference pairs"),
        ({"name": "fix", "data": "pairs"}, "adapter 'fix': method sft trains on chat rows"),
        ({"name": "fix", "data": "secure", "train": {"beta": 0.1}}, "unknown train key 'beta' (a dpo setting"),
        ({"name": "fix", "method": "dpo", "data": "pairs", "train": {"beta": -1}}, "beta"),
        ({"name": "fix", "method": "ppo", "data": "pairs"}, "adapters.1.method: unknown training method 'ppo'"),
    ]
    for adapter, message in cases:
        with pytest.raises(EmcodeError, match=r"^c\.yaml") as err:
            validate_config(_cfg(adapter), "c.yaml")
        assert message in str(err.value), str(err.value)
    # a data.files entry is not judged by its name; `emcode check` reads its rows
    validate_config(_cfg({"name": "fix", "method": "dpo", "data": "mine"}, {"chat": "a.jsonl", "mine": "b.jsonl"}),
                    "c.yaml")


def test_check_reads_a_dpo_adapters_file_as_pairs(tmp_path: Path) -> None:
    from emcode.check import check_experiment

    chat = _write(tmp_path / "chat.jsonl", [chat_row("a", "b")])
    pairs = _write(tmp_path / "mine.jsonl", [GOOD, chat_row("a", "b")])  # line 2 is a chat row, not a pair
    cfg = validate_config({"base_model": str(tmp_path), "generation": {"backend": "fake"},
                           "data": {"files": {"chat": str(chat), "mine": str(pairs)}},
                           "adapters": [{"name": "m", "data": "chat"},
                                        {"name": "fix", "method": "dpo", "data": "mine", "init_from": "m"}]}, "c.yaml")
    text = "\n".join(check_experiment(cfg, None, probe=False).problems)
    assert "data.files.mine: " in text and "1 bad line(s) in preference-pairs JSONL: line 2:" in text
    assert "data.files.chat" not in text  # the SFT adapter's chat file is fine
