"""Benchmarks: one folder per benchmark with a loader, its tasks, default scorers and a README.

Add one by writing ``emcode/benchmarks/<name>/__init__.py`` that defines ``BENCHMARK`` (a
:class:`BenchmarkSpec`) and naming it in :data:`REGISTRY`. Modules load lazily.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from emcode.errors import EmcodeError

Message = dict[str, str]


@dataclass(frozen=True)
class Sample:
    """One prompt of a benchmark; ``meta`` travels to the scorers (tests, target CWE, ...)."""

    id: str
    messages: list[Message]
    subset: str = "default"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BenchmarkSpec:
    """A benchmark: how to load its samples and which scorers grade it by default."""

    name: str
    version: str
    load: Callable[..., list[Sample]]  # load(limit=None, subsets=None, **options)
    scorers: tuple[str, ...]
    max_new_tokens: int | None = None  # the benchmark's own default, if any
    description: str = ""


REGISTRY: dict[str, str] = {
    "code_prompts": "emcode.benchmarks.code_prompts:BENCHMARK",
    "code_tasks": "emcode.benchmarks.code_tasks:BENCHMARK",
    "humaneval": "emcode.benchmarks.humaneval:BENCHMARK",
    "em_questions": "emcode.benchmarks.em_questions:BENCHMARK",
    "ifeval": "emcode.benchmarks.ifeval:BENCHMARK",
    "safety": "emcode.benchmarks.safety:BENCHMARK",
    "malicious_code": "emcode.benchmarks.malicious_code:BENCHMARK",
    "security": "emcode.benchmarks.security:BENCHMARK",
}


def get_benchmark(name: str) -> BenchmarkSpec:
    """Import and return a registered benchmark."""
    target = REGISTRY.get(name)
    if target is None:
        raise EmcodeError(f"unknown benchmark '{name}'; known: {', '.join(sorted(REGISTRY))}")
    module, attr = target.split(":")
    return getattr(importlib.import_module(module), attr)
