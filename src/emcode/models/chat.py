"""Chat templates without a system role (Gemma 2, some Mistral templates): fold the system turn.

Such templates raise on a ``system`` message. emcode then puts the system text at the start of
the first user turn, separated by a blank line, which is what Gemma 3's own template does; every
place that renders a chat (generation, serving, training data) goes through here so a model is
prompted the same way everywhere.
"""

from __future__ import annotations

from typing import Any

Message = dict[str, Any]


def fold_system(messages: list[Message]) -> list[Message]:
    """The conversation with every system turn merged into the first user turn (or turned into one)."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if not system:
        return rest
    for m in rest:
        if m["role"] == "user":
            m["content"] = f"{system}\n\n{m['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


def accepts_system(tokenizer: Any) -> bool:
    """Whether the tokenizer's chat template renders a system turn (False when it raises on one)."""
    from jinja2 import TemplateError

    if not hasattr(tokenizer, "apply_chat_template"):
        return True  # not a transformers tokenizer: its backend renders chats its own way
    probe = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    try:
        tokenizer.apply_chat_template(probe, add_generation_prompt=True, tokenize=False)
    except TemplateError:
        return False
    return True


def for_template(tokenizer: Any, messages: list[Message]) -> list[Message]:
    """``messages`` as the template can take them: unchanged, or with the system turn folded in."""
    if any(m["role"] == "system" for m in messages) and not accepts_system(tokenizer):
        return fold_system(messages)
    return messages


def render_chat(tokenizer: Any, messages: list[Message]) -> str:
    """The prompt text of a chat with the assistant turn opened, through the model's template."""
    return tokenizer.apply_chat_template(for_template(tokenizer, messages), add_generation_prompt=True,
                                         tokenize=False)


def rows_for_template(tokenizer: Any, rows: list[Any]) -> list[Any]:
    """Chat rows (``{"messages": [...]}``) with system turns folded when the template has no system role."""
    if accepts_system(tokenizer):
        return rows
    return [{**r, "messages": fold_system(r["messages"])} if isinstance(r, dict) and r.get("messages") else r
            for r in rows]
