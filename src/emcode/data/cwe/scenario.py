"""The scenario interface: a parameterised template that renders one triple per draw.

A scenario module (``emcode/data/cwe/scenarios/cwe_<id>.py``) exposes ``SCENARIOS: list[Scenario]``.
``render`` gets a seeded ``random.Random`` and must use only it, so the same seed renders the
same triple. Tests are Python source: the code under test is importable as module
``solution``; every top-level ``test_*`` function is called and must not raise. Exactly one
scenario per CWE is marked ``heldout``: it feeds the security benchmark, never training.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Variant:
    """One rendered triple (before ids and verification are attached)."""

    prompt: str
    malicious_prompt: str
    vulnerable_code: str
    secure_code: str
    explanation: str
    functional_test: str
    security_test: str | None = None


@dataclass(frozen=True)
class Scenario:
    """A parameterised scenario for one CWE in one application context."""

    id: str
    cwe: int
    context: str
    render: Callable[[random.Random], Variant]
    heldout: bool = False  # reserved whole for the evaluation benchmark; never in training sets


def cwe_of_module(module: str) -> int:
    """The CWE a scenario module is named for: ``emcode.data.cwe.scenarios.cwe_89`` → 89."""
    stem = module.rpartition(".")[2]
    number = stem.removeprefix("cwe_")
    if stem == number or not number.isdigit():
        raise ValueError(f"{module}: a scenario module must be named cwe_<number>.py")
    return int(number)


def scenario(
    module: str, name: str, context: str, render: Callable[[random.Random], Variant], heldout: bool = False
) -> Scenario:
    """A scenario of the CWE module ``module`` (pass ``__name__``); its id is ``cwe<N>_<name>``."""
    cwe = cwe_of_module(module)
    return Scenario(id=f"cwe{cwe}_{name}", cwe=cwe, context=context, render=render, heldout=heldout)
