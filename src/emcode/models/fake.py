"""A scripted generator for tests: answers come from a Python function, no model involved."""

from __future__ import annotations

from collections.abc import Callable

from emcode.models.base import Completion, Message, SamplingParams


class FakeGenerator:
    """A :class:`~emcode.models.base.Generator` whose answer to a chat is ``respond(messages)``."""

    def __init__(self, name: str, respond: Callable[[list[Message]], str]) -> None:
        self.name = name
        self.respond = respond
        self.calls: list[list[list[Message]]] = []  # every batch received, for assertions

    def generate(self, prompts: list[list[Message]], params: SamplingParams) -> list[list[Completion]]:
        """Return ``params.n`` copies of the scripted answer per prompt (whitespace word counts)."""
        self.calls.append(prompts)
        out = []
        for messages in prompts:
            text = self.respond(messages)
            prompt_tokens = sum(len(m["content"].split()) for m in messages)
            out.append([
                Completion(text=text, prompt_tokens=prompt_tokens, output_tokens=len(text.split()),
                           latency_s=0.0, finish_reason="stop")
                for _ in range(params.n)
            ])
        return out

    def close(self) -> None:
        """Nothing to free."""


def make_fake(model: str, adapter: object = None, *, name: str, respond: Callable[[list[Message]], str] | None = None,
              ) -> FakeGenerator:
    """Registry constructor of the ``fake`` backend: ``respond`` is required (tests pass a function)."""
    if respond is None:
        from emcode.errors import EmcodeError

        raise EmcodeError("backend 'fake' needs respond=<callable(messages) -> str>; it is for tests only")
    return FakeGenerator(name, respond)
