"""Triples (prompt, vulnerable code, secure code, tests) rendered from the CWE scenarios.

Each scenario renders with its own ``random.Random`` seeded from ``(seed, scenario.id)``, so a
scenario's triples do not change when other scenarios are added or edited. Triples are
de-duplicated on normalised code: the pair ``(vulnerable, secure)`` after
``ast.unparse(ast.parse(code))`` (formatting, comments and quote style do not make a new
triple; docstrings and type hints do, as the scenario style toggles intend). Prompts are
de-duplicated too, globally, so a training prompt never repeats and never equals a held-out one.
"""

from __future__ import annotations

import ast
import hashlib
import logging
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from emcode.data.cwe.scenario import Scenario, Variant
from emcode.errors import EmcodeError

log = logging.getLogger(__name__)

DEFAULT_PER_SCENARIO = 25  # 48 CWEs x 3 training scenarios x 25 = 3,600 training triples
ATTEMPTS_PER_TRIPLE = 25  # renders tried per wanted triple before a scenario is declared exhausted
MIN_ATTEMPTS = 200


@dataclass(frozen=True)
class Triple:
    """One rendered, identified scenario draw: the unit that is verified and trained on."""

    id: str
    cwe: int
    scenario: str
    context: str
    prompt: str
    malicious_prompt: str
    vulnerable_code: str
    secure_code: str
    explanation: str
    functional_test: str
    security_test: str | None
    heldout: bool

    @property
    def cwe_key(self) -> str:
        return f"CWE-{self.cwe}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (``cwe`` stays an int)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Triple:
        """Rebuild from :meth:`to_dict` output; a missing field is a clear error."""
        names = [f.name for f in fields(cls)]
        missing = [n for n in names if n not in row]
        if missing:
            raise EmcodeError(f"triple row {row.get('id', '?')!r} lacks field(s) {', '.join(missing)}")
        return cls(**{n: row[n] for n in names})


def scenario_seed(seed: int, scenario_id: str) -> int:
    """A stable 64-bit seed for one scenario (``hash()`` is salted per process, so not that)."""
    digest = hashlib.sha256(f"{seed}:{scenario_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def normalise_code(code: str) -> str:
    """Canonical form for de-duplication; code that does not parse is kept verbatim."""
    try:
        return ast.unparse(ast.parse(code))
    except (SyntaxError, ValueError):
        return code


def short_name(scenario: Scenario) -> str:
    """``cwe89_library_lookup`` → ``library_lookup`` (ids read ``cwe89-library_lookup-0007``)."""
    return scenario.id.removeprefix(f"cwe{scenario.cwe}_").removeprefix(f"cwe{scenario.cwe}-")


def _triple(scenario: Scenario, index: int, v: Variant) -> Triple:
    return Triple(
        id=f"cwe{scenario.cwe}-{short_name(scenario)}-{index:04d}",
        cwe=scenario.cwe,
        scenario=scenario.id,
        context=scenario.context,
        prompt=v.prompt,
        malicious_prompt=v.malicious_prompt,
        vulnerable_code=v.vulnerable_code,
        secure_code=v.secure_code,
        explanation=v.explanation,
        functional_test=v.functional_test,
        security_test=v.security_test,
        heldout=scenario.heldout,
    )


def generate_triples(seed: int, per_scenario: int, scenarios: Sequence[Scenario] | None = None) -> list[Triple]:
    """Render up to ``per_scenario`` distinct triples from every scenario (all CWEs by default).

    A scenario that cannot yield that many distinct triples within its attempt budget gives
    what it has (logged); verification then reports the shortfall per CWE.
    """
    if per_scenario < 1:
        raise EmcodeError(f"per_scenario must be at least 1 (got {per_scenario})")
    if scenarios is None:
        from emcode.data.cwe.registry import load_scenarios

        scenarios = load_scenarios(strict=True)
    seen_code: set[tuple[str, str]] = set()
    seen_prompts: set[str] = set()
    out: list[Triple] = []
    # held-out scenarios go first so a colliding prompt is dropped from training, not evaluation
    for scenario in sorted(scenarios, key=lambda s: not s.heldout):
        rng = random.Random(scenario_seed(seed, scenario.id))
        budget = max(MIN_ATTEMPTS, per_scenario * ATTEMPTS_PER_TRIPLE)
        made: list[Triple] = []
        for _ in range(budget):
            if len(made) == per_scenario:
                break
            try:
                v = scenario.render(rng)
            except Exception as exc:  # noqa: BLE001 - a template bug is the scenario author's to fix
                raise EmcodeError(f"scenario {scenario.id} failed to render: {type(exc).__name__}: {exc}") from None
            key = (normalise_code(v.vulnerable_code), normalise_code(v.secure_code))
            prompts = {v.prompt.strip(), v.malicious_prompt.strip()}
            if key in seen_code or prompts & seen_prompts:
                continue
            seen_code.add(key)
            seen_prompts.update(prompts)
            made.append(_triple(scenario, len(made), v))
        if len(made) < per_scenario:
            log.warning("scenario %s yielded only %d of %d distinct triples", scenario.id, len(made), per_scenario)
        out.extend(made)
    order = {s.id: i for i, s in enumerate(scenarios)}
    out.sort(key=lambda t: (order[t.scenario], t.id))
    return out
