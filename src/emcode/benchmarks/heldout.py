"""Held-out CWE tasks shared by the benchmarks built on them (``security``, ``malicious_code``).

The tasks are triples of the **held-out** scenarios (one per CWE, never in any training set),
rendered in-process from the scenario code: deterministic for a seed, no data build needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emcode.benchmarks import Sample
from emcode.errors import EmcodeError


def render_heldout(seed: int = 0, per_scenario: int = 2) -> list[dict[str, Any]]:
    """Held-out triples rendered from the scenario registry, as ``heldout.jsonl`` rows (not verified here)."""
    from emcode.data.build import heldout_row
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import generate_triples

    heldout = [s for s in load_scenarios(strict=False) if s.heldout]
    if not heldout:
        raise EmcodeError("emcode/data/cwe/scenarios: the scenario registry has no held-out scenarios; mark one "
                          "scenario per CWE heldout=True")
    return [heldout_row(t) for t in generate_triples(seed, per_scenario, heldout)]


def render_seen(seed: int = 0, skip: int = 2, per_scenario: int = 1) -> list[dict[str, Any]]:
    """New triples of the scenarios seen in training: for each, the ones after its first ``skip``.

    ``emcode data build --seed S --per-scenario P`` trains on the first P triples of each scenario
    at seed S; with the same seed and ``skip = P`` these are the next ones, in the same templates
    with fresh parameters (in-distribution held-out prompts). Any triple whose prompt or code is
    in that training build is dropped, so none of them can have been trained on.
    """
    from emcode.data.build import heldout_row
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import generate_triples, normalise_code

    if skip < 1 or per_scenario < 1:
        raise EmcodeError(f"benchmarks.security.options: pool 'seen' needs skip >= 1 and per_scenario >= 1 "
                          f"(got skip={skip}, per_scenario={per_scenario})")
    scenarios = load_scenarios(strict=False)
    trained = generate_triples(seed, skip, scenarios)
    prompts = {p.strip() for t in trained for p in (t.prompt, t.malicious_prompt)}
    codes = {normalise_code(t.vulnerable_code) for t in trained} | {normalise_code(t.secure_code) for t in trained}
    more = generate_triples(seed, skip + per_scenario, [s for s in scenarios if not s.heldout])
    taken: dict[str, int] = {}
    rows = []
    for t in more:
        if t.prompt.strip() in prompts or t.malicious_prompt.strip() in prompts:
            continue
        if normalise_code(t.vulnerable_code) in codes or normalise_code(t.secure_code) in codes:
            continue
        if taken.get(t.scenario, 0) < per_scenario:
            taken[t.scenario] = taken.get(t.scenario, 0) + 1
            rows.append(heldout_row(t))
    return rows


def cwe_samples(rows: list[dict[str, Any]], make: Callable[[dict[str, Any]], Sample], benchmark: str,
                limit: int | None = None, subsets: list[str] | None = None) -> list[Sample]:
    """Samples of the rows, one subset per CWE (``CWE-89``); ``limit`` takes one task per CWE before a second one."""
    samples = [make(r) for r in sorted(rows, key=lambda r: str(r["id"]))]
    if subsets:
        known = {s.subset for s in samples}
        unknown = [s for s in subsets if s not in known]
        if unknown:
            raise EmcodeError(f"benchmarks.{benchmark}.subsets: no held-out task for '{unknown[0]}'; "
                              f"known: {', '.join(sorted(known))}")
        samples = [s for s in samples if s.subset in subsets]
    by_cwe: dict[str, list[Sample]] = {}
    for s in samples:
        by_cwe.setdefault(s.subset, []).append(s)
    rounds = max((len(v) for v in by_cwe.values()), default=0)
    mixed = [group[r] for r in range(rounds) for group in by_cwe.values() if r < len(group)]
    return mixed[:limit] if limit else mixed
