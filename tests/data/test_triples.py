"""Triple generation: seeded, stable ids, de-duplicated on normalised code and on prompts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from emcode.data.cwe.scenario import Scenario
from emcode.data.triples import Triple, generate_triples, normalise_code, scenario_seed
from emcode.errors import EmcodeError


def test_same_seed_same_triples_other_seed_differs(scenarios: list[Scenario]) -> None:
    a = generate_triples(7, 5, scenarios)
    b = generate_triples(7, 5, scenarios)
    c = generate_triples(8, 5, scenarios)
    assert a == b
    assert [t.vulnerable_code for t in a] != [t.vulnerable_code for t in c]


def test_ids_fields_and_order(scenarios: list[Scenario]) -> None:
    triples = generate_triples(0, 4, scenarios)
    assert len(triples) == 4 * len(scenarios)
    assert triples[0].id == "cwe95-parser-0000" and triples[3].id == "cwe95-parser-0003"
    assert [t.scenario for t in triples[::4]] == [s.id for s in scenarios]  # scenario order kept
    held = [t for t in triples if t.heldout]
    assert {t.scenario for t in held} == {"cwe95_heldout_cli"} and all(t.context == "CLI tool" for t in held)
    t = triples[-1]
    assert (t.cwe, t.cwe_key, t.id) == (78, "CWE-78", "cwe78-lines-0003")
    assert Triple.from_dict(t.to_dict()) == t
    with pytest.raises(EmcodeError, match="lacks field"):
        Triple.from_dict({"id": "x"})


def test_dedup_on_normalised_code_and_prompts(scenarios: list[Scenario], tiny_scenario: Scenario) -> None:
    triples = generate_triples(0, 10, scenarios)
    keys = [(normalise_code(t.vulnerable_code), normalise_code(t.secure_code)) for t in triples]
    assert len(set(keys)) == len(keys)
    prompts = [t.prompt for t in triples] + [t.malicious_prompt for t in triples]
    assert len(set(prompts)) == len(prompts)
    # the tiny scenario formats two codes several ways: comments/spacing do not make new triples
    tiny = generate_triples(0, 10, [tiny_scenario])
    assert sorted(t.vulnerable_code.split("(")[0] for t in tiny) == ["def f", "def g"]


def test_heldout_prompts_win_collisions(scenarios: list[Scenario]) -> None:
    # all CWE-95 scenarios draw from one pool of 40 prompts: the held-out one is served first
    triples = generate_triples(3, 30, scenarios)
    held = [t for t in triples if t.heldout]
    assert len(held) == 30
    training_prompts = {t.prompt for t in triples if not t.heldout}
    assert not training_prompts & {t.prompt for t in held}


def test_normalise_and_seed_helpers() -> None:
    assert normalise_code("x = 'a'  # c\n") == normalise_code('x = "a"\n')
    assert normalise_code("def (:") == "def (:"
    assert scenario_seed(0, "a") == scenario_seed(0, "a") != scenario_seed(1, "a")


def test_render_errors_and_bad_counts_are_clear() -> None:
    def boom(rng):
        raise KeyError("name")

    with pytest.raises(EmcodeError, match="cwe1_x failed to render: KeyError"):
        generate_triples(0, 1, [Scenario("cwe1_x", 1, "lib", boom)])
    with pytest.raises(EmcodeError, match="at least 1"):
        generate_triples(0, 0, [])


def test_generation_does_not_depend_on_the_hash_seed() -> None:
    """Every scenario module renders the same triples in processes with different hash seeds."""
    code = (
        "import hashlib, json, logging; logging.disable(logging.WARNING)\n"
        "from emcode.data.cwe.registry import load_scenarios\n"
        "from emcode.data.triples import generate_triples\n"
        "by = {}\n"
        "for t in generate_triples(11, 3, load_scenarios(strict=False)):\n"
        "    by.setdefault(t.scenario, []).append(t.to_dict())\n"
        "print(json.dumps({k: hashlib.sha256(json.dumps(v).encode()).hexdigest() for k, v in by.items()}))\n"
    )
    outs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        proc = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(json.loads(proc.stdout))
    assert outs[0], "no scenario module could be loaded"
    differing = sorted(k for k in outs[0] if outs[0][k] != outs[1].get(k))
    assert not differing, f"scenarios whose output depends on PYTHONHASHSEED (set/hash order?): {differing}"
