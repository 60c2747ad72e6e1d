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
