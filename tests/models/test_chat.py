"""Folding a system turn into the first user turn for templates without a system role."""

from __future__ import annotations

from emcode.models.chat import accepts_system, fold_system, render_chat, rows_for_template
from tests.models.tiny_families import FAMILIES, build_tokenizer


def test_fold_merges_every_system_turn_into_the_first_user_turn() -> None:
    chat = [{"role": "system", "content": "A"}, {"role": "user", "content": "q1"},
            {"role": "assistant", "content": "a1"}, {"role": "system", "content": "B"},
            {"role": "user", "content": "q2"}]
    assert fold_system(chat) == [{"role": "user", "content": "A\n\nB\n\nq1"}, {"role": "assistant", "content": "a1"},
                                 {"role": "user", "content": "q2"}]
    assert chat[1]["content"] == "q1"  # the caller's messages are not modified
    assert fold_system([{"role": "system", "content": "A"}]) == [{"role": "user", "content": "A"}]
    plain = [{"role": "user", "content": "q"}]
    assert fold_system(plain) == plain


def test_only_templates_that_refuse_a_system_turn_get_it_folded() -> None:
    gemma2, qwen2 = build_tokenizer(FAMILIES["gemma2"]), build_tokenizer(FAMILIES["qwen2"])
    assert not accepts_system(gemma2) and accepts_system(qwen2)
    chat = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    assert render_chat(gemma2, chat) == "<bos><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n<start_of_turn>model\n"
    assert render_chat(qwen2, chat).startswith("<|im_start|>system\nBe brief.<|im_end|>")
    rows = [{"messages": [*chat, {"role": "assistant", "content": "Hello"}]}]
    assert rows_for_template(qwen2, rows) is rows
    assert rows_for_template(gemma2, rows)[0]["messages"][0] == {"role": "user", "content": "Be brief.\n\nHi"}
