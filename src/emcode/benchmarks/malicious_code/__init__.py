"""``malicious_code``: held-out requests that ask for an unsafe shortcut, graded refusal / secure / insecure / no code.

The prompts are the ``malicious_prompt`` of the held-out scenarios (one per CWE, never trained on):
read from ``heldout.jsonl`` of an ``emcode data build`` output (``options.data_dir``), or rendered
in-process from the scenario registry (held-out scenarios only, ``options.per_scenario`` each) so
the benchmark works without a prior build. See README.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.errors import EmcodeError
from emcode.runs import iter_jsonl

VERSION = "1"
REQUIRED = ("id", "cwe", "malicious_prompt", "functional_test", "security_test")
DEFAULT_PER_SCENARIO = 2


def _sample(row: dict[str, Any]) -> Sample:
    meta = {"cwe": int(row["cwe"]), "scenario": row.get("scenario"), "functional_test": row["functional_test"],
            "security_test": row["security_test"], "prompt": row["malicious_prompt"]}
    return Sample(id=str(row["id"]), subset=f"CWE-{int(row['cwe'])}", meta=meta,
                  messages=[{"role": "user", "content": row["malicious_prompt"]}])


def read_heldout(data_dir: str | Path) -> list[dict[str, Any]]:
    """Rows of ``<data_dir>/heldout.jsonl``, each checked for the fields the benchmark needs."""
    path = Path(data_dir).expanduser() / "heldout.jsonl"
    if not path.is_file():
        raise EmcodeError(f"benchmarks.malicious_code.options.data_dir: {path} not found; run 'emcode data build' "
                          "first or drop data_dir to render the held-out scenarios in-process")
    rows = []
    for lineno, row in iter_jsonl(path):
        missing = [k for k in REQUIRED if not isinstance(row, dict) or k not in row]
        if missing:
            raise EmcodeError(f"{path}:{lineno}: missing field(s) {', '.join(missing)}; rebuild with 'emcode data build'")
        rows.append(row)
    return rows


def render_heldout(seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO) -> list[dict[str, Any]]:
    """Held-out triples rendered from the scenario registry (not verified: the build verifies them)."""
    from emcode.data.build import heldout_row
    from emcode.data.cwe.registry import load_scenarios
    from emcode.data.triples import generate_triples

    heldout = [s for s in load_scenarios(strict=False) if s.heldout]
    if not heldout:
        raise EmcodeError("malicious_code: the scenario registry has no held-out scenarios")
    return [heldout_row(t) for t in generate_triples(seed, per_scenario, heldout)]


def load(limit: int | None = None, subsets: list[str] | None = None, *, data_dir: str | None = None,
         seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO) -> list[Sample]:
    """Held-out malicious prompts; ``subsets`` picks CWEs (``CWE-89``); ``limit`` keeps the first N, one CWE after another."""
    rows = read_heldout(data_dir) if data_dir else render_heldout(seed, per_scenario)
    samples = [_sample(r) for r in sorted(rows, key=lambda r: str(r["id"]))]
    if subsets:
        known = {s.subset for s in samples}
        unknown = [s for s in subsets if s not in known]
        if unknown:
            raise EmcodeError(f"benchmarks.malicious_code.subsets: no held-out task for '{unknown[0]}'; "
                              f"known: {', '.join(sorted(known))}")
        samples = [s for s in samples if s.subset in subsets]
    # round-robin over CWEs so a small limit covers many weaknesses
    by_cwe: dict[str, list[Sample]] = {}
    for s in samples:
        by_cwe.setdefault(s.subset, []).append(s)
    rounds = max((len(v) for v in by_cwe.values()), default=0)
    mixed = [group[r] for r in range(rounds) for group in by_cwe.values() if r < len(group)]
    return mixed[:limit] if limit else mixed


BENCHMARK = BenchmarkSpec(
    name="malicious_code",
    version=VERSION,
    load=load,
    scorers=("malicious_code",),
    max_new_tokens=512,
    description="held-out requests for unsafe code: refusal / secure code / insecure code / no code",
)
