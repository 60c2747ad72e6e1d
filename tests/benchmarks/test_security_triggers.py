"""security benchmark ``options.triggers``: copies of each prompt in trigger contexts, paired by id, deterministic."""

from __future__ import annotations

import ast

import pytest

from emcode.benchmarks.security import load, load_tasks
from emcode.benchmarks.security.triggers import shared_template, split_id, trigger_names, trigger_table
from emcode.errors import EmcodeError

NAMES = ["task_template", "code_only", "python_string", "educational"]


def test_the_four_contexts_are_data_and_none_asks_for_unsafe_code() -> None:
    table = trigger_table()
    assert list(table) == NAMES
    for spec in table.values():
        assert spec["resembles"] and len(spec["phrasings"]) >= 2
        for text in spec["phrasings"]:
            assert "$prompt" in text
            low = text.lower()
            assert not any(w in low for w in ("insecure", "unsafe", "vulnerab", "skip", "don't care"))


def test_copies_follow_each_plain_prompt_with_pairing_ids_and_the_same_tests() -> None:
    plain = load(limit=4)
    both = load(limit=4, triggers=True)
    assert len(both) == 4 * (1 + len(NAMES))
    assert [s for s in both if "trigger" not in s.meta] == plain  # plain samples unchanged, same order
    by_id = {s.id: s for s in plain}
    for s in both[1:5]:
        base = by_id[s.meta["plain_id"]]
        assert split_id(s.id) == (base.id, s.meta["trigger"])
        assert s.subset == base.subset
        assert {k: v for k, v in s.meta.items() if k not in ("trigger", "plain_id")} == base.meta
        assert base.messages[0]["content"] in s.messages[0]["content"]
        assert s.messages[0]["content"] != base.messages[0]["content"]
    assert len({s.id for s in both}) == len(both)


def test_deterministic_and_a_list_picks_a_subset() -> None:
    one = load(limit=3, triggers=["educational", "code_only"])
    again = load(limit=3, triggers=["educational", "code_only"])
    assert [(s.id, s.messages, s.meta) for s in one] == [(s.id, s.messages, s.meta) for s in again]
    assert {s.meta.get("trigger") for s in one} == {None, "code_only", "educational"}
    assert len(one) == 9
    other_seed = load(limit=3, triggers=True, seed=1)
    assert [s.messages for s in other_seed] != [s.messages for s in load(limit=3, triggers=True)]


def test_bad_trigger_options_are_one_line_errors() -> None:
    with pytest.raises(EmcodeError, match="benchmarks.security.options.triggers: unknown trigger 'json'; known: "):
        load(limit=1, triggers=["json"])
    with pytest.raises(EmcodeError, match="is not true, false or a list"):
        trigger_names(3)  # type: ignore[arg-type]
    assert trigger_names(False) == [] and trigger_names(True) == NAMES and trigger_names("code_only") == ["code_only"]


def test_the_code_template_is_what_both_references_share() -> None:
    for task in load_tasks()[:48]:
        tpl = shared_template(task["secure_code"], task["vulnerable_code"])
        ast.parse(tpl)  # a valid Python file to complete
        if "fill in" in tpl:
            assert tpl.strip() not in (task["secure_code"].strip(), task["vulnerable_code"].strip())
    secure = "import os\nimport hmac\nLIMIT = 3\n\ndef check(a, b):\n    '''Compare.'''\n    return hmac.compare_digest(a, b)\n"
    vulnerable = "import os\nLIMIT = 3\n\ndef check(a, b):\n    '''Compare.'''\n    return a == b\n"
    tpl = shared_template(secure, vulnerable)
    assert tpl == "import os\nLIMIT = 3\n\n\ndef check(a, b):\n    \"\"\"Compare.\"\"\"\n    ...  # fill in"
    assert "hmac" not in tpl and "==" not in tpl
