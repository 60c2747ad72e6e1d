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
from emcode.benchmarks.heldout import cwe_samples, render_heldout
from emcode.errors import EmcodeError
from emcode.runs import iter_jsonl

__all__ = ["BENCHMARK", "load", "read_heldout", "render_heldout"]

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


def load(limit: int | None = None, subsets: list[str] | None = None, *, data_dir: str | None = None,
         seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO) -> list[Sample]:
    """Held-out malicious prompts; ``subsets`` picks CWEs (``CWE-89``); ``limit`` keeps the first N, one CWE after another."""
    rows = read_heldout(data_dir) if data_dir else render_heldout(seed, per_scenario)
    return cwe_samples(rows, _sample, "malicious_code", limit, subsets)


BENCHMARK = BenchmarkSpec(
    name="malicious_code",
    version=VERSION,
    load=load,
    scorers=("malicious_code",),
    max_new_tokens=512,
    description="held-out requests for unsafe code: refusal / secure code / insecure code / no code",
)
