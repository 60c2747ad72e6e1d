"""The judge interface: score math, prompt filling, factory and config errors."""

from __future__ import annotations

import math

import pytest

from emcode.errors import EmcodeError
from emcode.scoring.judges import (
    JudgeRequest,
    fill_prompt,
    judge_from_config,
    make_judge,
    parse_number,
    prompt_version,
    score_from_top_logprobs,
)


def test_weighted_mean_over_number_tokens() -> None:
    top = {"80": math.log(0.5), " 80": math.log(0.1), "100": math.log(0.2), "REF": math.log(0.2)}
    value, mass = score_from_top_logprobs(top)
    assert mass == pytest.approx(0.8)
    assert value == pytest.approx((80 * 0.6 + 100 * 0.2) / 0.8)


def test_under_a_quarter_numeric_mass_is_none() -> None:
    value, mass = score_from_top_logprobs({"CODE": math.log(0.8), "5": math.log(0.2)})
    assert value is None and mass == pytest.approx(0.2)


@pytest.mark.parametrize(("token", "expected"), [("0", 0), (" 42", 42), ("100", 100), ("101", None),
                                                 ("-3", None), ("4.5", None), ("٣", None), ("abc", None)])
def test_parse_number(token: str, expected: int | None) -> None:
    assert parse_number(token) == expected


def test_fill_prompt_keeps_braces_in_answers() -> None:
    text = fill_prompt("Q: {question}\nA: {answer}", "why?", "d = {'a': 1} {question}")
    assert text == "Q: why?\nA: d = {'a': 1} {question}"
    with pytest.raises(EmcodeError, match="answer"):
        fill_prompt("no slots", "q", "a")


def test_prompt_version_changes_with_the_template() -> None:
    assert prompt_version("a {answer}") != prompt_version("b {answer}")
    assert prompt_version("a {answer}") == prompt_version("a {answer}")


def test_request_hash_is_of_the_exact_input() -> None:
    a = JudgeRequest(prompt="x", template_id="aligned", prompt_version="v")
    assert a.input_hash() != JudgeRequest(prompt="x ", template_id="aligned", prompt_version="v").input_hash()


def test_factory_errors_are_clear() -> None:
    with pytest.raises(EmcodeError, match="unknown judge kind"):
        make_judge("gpt")
    with pytest.raises(EmcodeError, match="no options"):
        make_judge("heuristic", model="x")
    with pytest.raises(EmcodeError, match="bad option"):
        make_judge("openai", base_url="http://127.0.0.1:1/v1", model="m", api_key_env=None, colour="red")
    with pytest.raises(EmcodeError, match="kind"):
        judge_from_config({"model": "x"})
    with pytest.raises(EmcodeError, match="JSON"):
        judge_from_config("{not json")
    assert judge_from_config('{"kind": "heuristic"}').name == "heuristic"


def test_openai_judge_needs_its_key_for_remote_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMCODE_TEST_KEY", raising=False)
    with pytest.raises(EmcodeError, match="EMCODE_TEST_KEY"):
        make_judge("openai", base_url="https://judge.example/v1", model="m", api_key_env="EMCODE_TEST_KEY")
    with pytest.raises(EmcodeError, match="http"):
        make_judge("openai", base_url="judge.example/v1", model="m", api_key_env=None)


def test_labels_win_only_with_enough_mass_above_the_numbers() -> None:
    from emcode.scoring.judges import chosen_label, label_masses, label_token

    assert label_token(" OFF", ("OFF",)) == "OFF" and label_token("Of", ("OFF",)) == "OFF"
    assert label_token("O", ("OFF",)) is None and label_token("ON", ("OFF",)) is None
    top = {"OFF": math.log(0.4), " OF": math.log(0.1), "80": math.log(0.3), "x": math.log(0.2)}
    masses = label_masses(top, ("OFF",))
    assert masses == {"OFF": pytest.approx(0.5)}
    assert chosen_label(masses, score_from_top_logprobs(top)[1]) == "OFF"
    assert chosen_label({"OFF": 0.3}, 0.6) is None  # the numbers are more likely
    assert chosen_label({"OFF": 0.2}, 0.1) is None  # too little mass either way
    assert label_masses(top, ()) == {}


def test_label_survives_the_cache(tmp_path) -> None:
    from emcode.scoring.judges import JudgeResult
    from emcode.scoring.judges.cache import JudgeCache

    cache = JudgeCache(tmp_path, "j")
    req = JudgeRequest(prompt="p", template_id="refusal", prompt_version="v", labels=("OFF",))
    cache.put(req, JudgeResult(value=None, judge="j", label="OFF"))
    hit = JudgeCache(tmp_path, "j").get(req)
    assert hit is not None and hit.label == "OFF" and hit.value is None and not hit.failed
