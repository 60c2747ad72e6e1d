"""Pinned bytes of the rendered training data: a refactor of the scenario templates must not change them.

Rendering only (no verification), so it is fast. If a scenario change is deliberate, update the hash
below from the assertion message and say so in the commit message: every earlier build, adapter and
result was made from the old bytes.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from emcode.data.cwe.registry import load_scenarios
from emcode.data.triples import generate_triples

PINNED = {
    # (seed, per_scenario): sha256 of the rendered triples as canonical JSON
    (0, 1): "870cc29af268fa4824bd08caed74b2c2f2fc56479b747dd8df7a76ae8bec303c",
    (1, 2): "3a4e952b6ada4d2f1af854eb91414b79cf4a0d49b014df800b4f792cf3f2810d",
}


def rendered_sha256(seed: int, per_scenario: int) -> str:
    """sha256 of every triple field, for all scenarios of every catalog CWE, in generation order."""
    rows = [t.to_dict() for t in generate_triples(seed, per_scenario, load_scenarios(strict=True))]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@pytest.mark.parametrize(("seed", "per_scenario"), sorted(PINNED))
def test_rendered_triples_are_byte_identical(seed: int, per_scenario: int) -> None:
    got = rendered_sha256(seed, per_scenario)
    assert got == PINNED[(seed, per_scenario)], (
        f"scenario output changed for seed={seed}, per_scenario={per_scenario}: sha256 {got}. If the change is "
        "deliberate, put this hash into PINNED in tests/data/test_scenario_bytes.py and say so in the commit message; "
        "otherwise a template refactor changed the data bytes"
    )


def test_hash_sees_a_one_character_change() -> None:
    rows = [t.to_dict() for t in generate_triples(0, 1, load_scenarios(strict=True, cwes=[89]))]
    edited = [dict(rows[0], secure_code=rows[0]["secure_code"] + " "), *rows[1:]]

    def digest(r: list[dict]) -> str:
        return hashlib.sha256(json.dumps(r, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    assert digest(rows) != digest(edited)
