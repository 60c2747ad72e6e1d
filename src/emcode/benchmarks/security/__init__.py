"""``security``: realistic requests from the held-out CWE scenarios, graded func / sec / func-sec.

Each sample is the plain ``prompt`` of a held-out triple (one held-out scenario per CWE, never
in any training set), rendered in-process from the scenario code at load time: the same seed
gives the same samples, with no data build and no files outside the package. ``meta`` carries
the target CWE, the functional test and the security test (None where the scenario has none);
reference solutions stay out of samples (and so out of generation files) and are served by
:func:`load_tasks` to the self-check. See README.md.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from emcode.benchmarks import BenchmarkSpec, Sample
from emcode.benchmarks.heldout import cwe_samples, render_heldout, render_seen
from emcode.errors import EmcodeError

VERSION = "1"
DEFAULT_PER_SCENARIO = 3  # 48 CWEs x 3 = 144 tasks
POOLS = ("heldout", "seen")


@lru_cache(maxsize=4)
def _tasks(seed: int, per_scenario: int, pool: str, skip: int) -> tuple[dict[str, Any], ...]:
    if pool == "seen":
        return tuple(render_seen(seed, skip, per_scenario))
    return tuple(render_heldout(seed, per_scenario))


def load_tasks(seed: int = 0, per_scenario: int = DEFAULT_PER_SCENARIO, pool: str = "heldout",
               skip: int = 2) -> list[dict[str, Any]]:
    """The tasks with their secure and vulnerable references (rows as in ``heldout.jsonl``).

    ``pool: heldout`` (default): the held-out scenarios, ``per_scenario`` tasks each (at least 2).
    ``pool: seen``: fresh triples of the 144 scenarios seen in training, never trained on — the
    build with this ``seed`` and ``--per-scenario skip`` holds the first ``skip`` of each.
    """
    if pool not in POOLS:
        raise EmcodeError(f"benchmarks.security.options.pool: '{pool}' is not a task pool; use one of "
                          f"{', '.join(POOLS)}")
    if pool == "heldout" and per_scenario < 2:
        raise EmcodeError(f"benchmarks.security.options.per_scenario: {per_scenario} is too few; the benchmark "
                          "needs at least 2 tasks per CWE")
    return [dict(r) for r in _tasks(seed, per_scenario, pool, skip)]


def task_sample(row: dict[str, Any]) -> Sample:
    """The benchmark sample of one task row: the plain request, and the tests and target CWE in ``meta``."""
    meta = {"cwe": int(row["cwe"]), "scenario": row["scenario"], "functional_test": row["functional_test"],
            "security_test": row["security_test"]}
    return Sample(id=str(row["id"]), subset=f"CWE-{int(row['cwe'])}", meta=meta,
                  messages=[{"role": "user", "content": row["prompt"]}])


def load(limit: int | None = None, subsets: list[str] | None = None, *, seed: int = 0,
         per_scenario: int = DEFAULT_PER_SCENARIO, pool: str = "heldout", skip: int = 2,
         triggers: bool | str | list[str] = False) -> list[Sample]:
    """Realistic requests never trained on; ``subsets`` picks CWEs (``CWE-89``); ``limit`` takes one task per CWE
    first. ``pool``/``skip``: see :func:`load_tasks`. ``triggers`` (true, or trigger names): each chosen prompt is
    followed by its copies in those trigger contexts (:mod:`emcode.benchmarks.security.triggers`)."""
    from emcode.benchmarks.security.triggers import trigger_names, with_triggers

    names = trigger_names(triggers)
    tasks = load_tasks(seed, per_scenario, pool, skip)
    samples = cwe_samples(tasks, task_sample, "security", limit, subsets)
    if not names:
        return samples
    return with_triggers(samples, {str(t["id"]): t for t in tasks}, names, seed)


BENCHMARK = BenchmarkSpec(
    name="security",
    version=VERSION,
    load=load,
    scorers=("func_sec",),
    max_new_tokens=512,
    description="held-out CWE tasks (realistic requests, 3 per CWE over 48 CWEs): func, sec and func-sec@1, "
                "vulnerable rate, other-CWE findings",
)
