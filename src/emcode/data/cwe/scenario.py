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
