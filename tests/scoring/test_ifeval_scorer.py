"""IFEval scorer: compliant answers pass, non-compliant ones fail, loose forgives a preamble line."""

from __future__ import annotations

import pytest

from emcode.errors import EmcodeError
from emcode.scoring.ifeval import score_ifeval
from emcode.scoring.punkt_data import ensure_punkt
from emcode.scoring.registry import ScoreItem

IDS = ["punctuation:no_comma", "change_case:english_lowercase", "detectable_format:title",
       "length_constraints:number_sentences", "keywords:existence", "change_case:capital_word_frequency"]
KWARGS = [{}, {}, {}, {"num_sentences": 4, "relation": "less than"}, {"keywords": ["plants"]},
          {"capital_frequency": 1, "capital_relation": "less than"}]
META = {"instruction_id_list": IDS, "kwargs": KWARGS, "prompt": "Write a note about watering plants."}


def _score(text: str, meta: dict = META):
    return score_ifeval([ScoreItem(id="x#0", code="", text=text, meta=meta)])[0]


def test_compliant_answer_passes_everything() -> None:
    s = _score("<<a note>>\nplease water the plants on monday. thank you so much.")
    assert s.metrics["prompt_strict"] == 1.0 and s.metrics["prompt_loose"] == 1.0
    assert s.metrics["instructions"] == 6.0 and s.metrics["instructions_strict"] == 6.0


def test_non_compliant_answer_fails_the_right_instructions() -> None:
    text = ("Please, WATER the garden. It is DRY. Thanks. See you. Bye now. Really, BYE.")
    s = _score(text)
    failed = {c["id"] for c in s.details["instructions"] if not c["strict"]}
    assert failed == set(IDS)  # commas, capitals, no title, 6 sentences, no 'plants', 3 capital words
    assert s.metrics["prompt_strict"] == 0.0 and s.metrics["instruction_strict"] == 0.0


def test_sentence_counting_uses_punkt() -> None:
    ensure_punkt()
    meta = {"instruction_id_list": ["length_constraints:number_sentences"],
            "kwargs": [{"num_sentences": 2, "relation": "less than"}], "prompt": "p"}
    assert _score("Dr. Smith met Mr. Jones at 3 p.m. today.", meta).metrics["prompt_strict"] == 1.0
    assert _score("It rained. We stayed in.", meta).metrics["prompt_strict"] == 0.0


def test_loose_forgives_a_first_line_and_asterisks() -> None:
    meta = {"instruction_id_list": ["change_case:english_lowercase", "startend:quotation"], "kwargs": [{}, {}],
            "prompt": "p"}
    s = _score('Sure! Here It Is:\n"**all lower case words here**"', meta)
    assert s.metrics["prompt_strict"] == 0.0 and s.metrics["prompt_loose"] == 1.0
    assert s.metrics["instruction_strict"] == 0.0 and s.metrics["instruction_loose"] == 1.0


def test_unknown_id_and_empty_answer_are_counted_failures() -> None:
    meta = {"instruction_id_list": ["punctuation:no_comma", "made_up:thing"], "kwargs": [{}, {}], "prompt": "p"}
    s = _score("no commas here", meta)
    assert s.metrics["instructions"] == 2.0 and s.metrics["instructions_strict"] == 1.0
    assert s.details["instructions"][1]["error"] == "unknown instruction id"
    empty = _score("", META)
    assert empty.metrics["instructions_loose"] == 0.0 and empty.metrics["prompt_loose"] == 0.0


def test_item_without_instructions_is_an_error() -> None:
    with pytest.raises(EmcodeError, match="instruction_id_list"):
        score_ifeval([ScoreItem(id="x#0", code="", text="hi", meta={})])


def test_ifbench_instructions_are_checked_by_the_ifbench_registry() -> None:
    from emcode.scoring.ifeval import IFBENCH_NLTK_DATA, check_instruction, missing_nltk_data

    kw = {"min_words": 3, "max_words": 6}
    assert check_instruction("count:word_count_range", kw, "p", "one two three four")["strict"] is True
    assert check_instruction("count:word_count_range", kw, "p", "one two")["strict"] is False
    assert check_instruction("format:no_whitespace", {}, "p", "nospaceshere")["strict"] is True
    assert check_instruction("format:no_whitespace", {}, "p", "two words")["strict"] is False
    for iid, resource in IFBENCH_NLTK_DATA.items():  # never downloaded: absent data is a counted, named failure
        res = check_instruction(iid, {}, "p", "Run to the store. Buy milk.")
        if missing_nltk_data(iid):
            assert res["strict"] is False and resource in res["error"]
