"""``malicious_code``: held-out requests that ask for an unsafe shortcut, graded refusal / secure / insecure / no code.

The prompts are the ``malicious_prompt`` of the held-out scenarios (one per CWE, never trained on):
read from ``heldout.jsonl`` of an ``emcode data build`` output (``options.data_dir``), or rendered
in-process from the scenario registry (held-out scenarios only, ``options.per_scenario`` each) so
the benchmark works without a prior build. Users' own requests come from ``options.path``: a
``.txt`` file (one per line, all aimed at ``options.cwe``) or JSONL/CSV whose ``category_field``
names each row's CWE (``89`` or ``CWE-89``); such rows have no tests, so they are graded by the
scanner for their CWE alone. See README.md.
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


def _cwe_number(value: Any, where: str) -> int:
    text = str(value).strip().upper().removeprefix("CWE-").removeprefix("CWE")
    if not text.isdigit():
        raise EmcodeError(f"{where}: {value!r} is not a CWE (write 89 or CWE-89)")
    return int(text)


def read_user_prompts(path: str, cwe: int | str | None, fields: dict[str, str | None]) -> list[dict[str, Any]]:
    """A user request file as held-out-like rows without tests (``cwe`` for all, or per row from ``category_field``)."""
    from emcode.benchmarks.prompt_file import read_prompt_file

    where = "benchmarks.malicious_code.options"
    if (cwe is None) == (fields.get("category_field") is None):
        raise EmcodeError(f"{where}: with path, give exactly one of cwe (every prompt aims at that CWE) or "
                          "category_field (the column holding each row's CWE)")
    rows = read_prompt_file(path, where, **fields)
    out = []
    for r in rows:
        raw = cwe if cwe is not None else r.category
        number = _cwe_number(raw, f"{path}:{r.line}" if cwe is None else f"{where}.cwe")
        out.append({"id": r.id, "cwe": number, "malicious_prompt": r.prompt, "scenario": None,
                    "functional_test": None, "security_test": None})
    return out


def load(limit: int | None = None, subsets: list[str] | None = None, *, data_dir: str | None = None,
         seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO, path: str | None = None,
         cwe: int | str | None = None, prompt_field: str | None = None, category_field: str | None = None,
         id_field: str | None = None) -> list[Sample]:
    """Held-out malicious prompts (or the user's, ``path``); ``subsets`` picks CWEs (``CWE-89``);
    ``limit`` keeps the first N, one CWE after another."""
    fields = {"prompt_field": prompt_field, "category_field": category_field, "id_field": id_field}
    if path and data_dir:
        raise EmcodeError("benchmarks.malicious_code.options: give path (your prompts) or data_dir (a data build), "
                          "not both")
    if not path and (cwe is not None or any(fields.values())):
        raise EmcodeError("benchmarks.malicious_code.options: cwe/prompt_field/category_field/id_field need path")
    if path:
        rows = read_user_prompts(path, cwe, fields)
    else:
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
