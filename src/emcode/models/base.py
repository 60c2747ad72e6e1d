"""The protocol every generation backend implements (``hf``, ``vllm``, ``openai``, and ``fake`` for tests).

Backends are registered in :mod:`emcode.models.registry`. They take chat messages so the model's
own chat template is applied in exactly one place (the backend). Judges are not generators: they
read token probabilities and have their own interface (:mod:`emcode.scoring.judges`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": str}


@dataclass(frozen=True)
class SamplingParams:
    """How to sample; ``temperature == 0`` means greedy. ``seed`` makes sampling repeatable."""

    max_new_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    seed: int = 0
    n: int = 1  # samples per prompt


@dataclass
class Completion:
    """One sampled answer with the numbers the report needs."""

    text: str
    prompt_tokens: int
    output_tokens: int
    latency_s: float
    finish_reason: str  # "stop" (EOS/stop string) | "length" | "error" (the request failed: extra["error"])
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Generator(Protocol):
    """Turns chat prompts into completions. ``name`` identifies the model in run files."""

    name: str

    def generate(self, prompts: list[list[Message]], params: SamplingParams) -> list[list[Completion]]:
        """Return, for each prompt, ``params.n`` completions (batched inside the backend)."""
        ...

    def close(self) -> None:
        """Free memory (model weights, worker processes)."""
        ...


@dataclass(frozen=True)
class Request:
    """One completion to produce: prompt number ``prompt`` (index into the prompt list), sample ``sample``."""

    prompt: int
    sample: int
    seed: int  # sent to the server where it honours one; depends on the sample, not on batching


@runtime_checkable
class RequestGenerator(Generator, Protocol):
    """A generator that serves single requests as they finish (remote APIs): resume loses nothing finished."""

    def generate_requests(self, prompts: list[list[Message]], params: SamplingParams,
                          requests: list[Request]) -> Iterator[tuple[Request, Completion]]:
        """Yield ``(request, completion)`` in finishing order; a failed request yields ``finish_reason="error"``.

        Closing the iterator early (an interrupt) stops sending new requests.
        """
        ...
