"""Which CWEs name the same weakness: MITRE's ChildOf hierarchy, read from the ``cwe2`` package.

A scanner finding counts for a target CWE when both are the same entry or one is an ancestor of
the other in MITRE's Research Concepts view (CWE-1000) within :data:`MAX_HOPS` ChildOf steps
(CWE-328 → 327, CWE-760 → 916, CWE-78 → 77, CWE-1333 → 407 → 405 → 400). Pillars (the ten
top-level entries such as CWE-703 or CWE-707) are never a meeting point: under them almost
everything is related. Siblings (CWE-79 and CWE-89 under CWE-74) are not related. CWEs the
catalogue does not list (categories, deprecated ids) relate only to themselves.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from emcode.errors import EmcodeError

MAX_HOPS = 3
RESEARCH_VIEW = "1000"
_CHILD_OF = re.compile(r"NATURE:ChildOf:CWE ID:(\d+):VIEW ID:(\d+)")


@dataclass(frozen=True)
class Catalogue:
    """MITRE's Research Concepts view: parents by CWE id, names, and the Pillar ids."""

    version: str
    parents: dict[int, frozenset[int]]
    names: dict[int, str]
    pillars: frozenset[int]


def _view_csv() -> tuple[Path, str]:
    """The CWE-1000 CSV bundled with ``cwe2`` and the catalogue version it carries."""
    try:
        from cwe2.mappings import navigate_cwe
    except ImportError as e:  # pragma: no cover - a broken install
        raise EmcodeError("the cwe2 package is missing; install the project's dependencies (make setup)") from e
    path = Path(navigate_cwe["research_concepts"]["csv_file"])
    xml = sorted(path.parent.parent.glob("cwec_v*.xml"))
    version = xml[-1].stem.removeprefix("cwec_v") if xml else "unknown"
    return path, version


@cache
def catalogue() -> Catalogue:
    """Parse the bundled CWE-1000 view once (≈0.1 s); ChildOf edges of that view only."""
    path, version = _view_csv()
    parents: dict[int, frozenset[int]] = {}
    names: dict[int, str] = {}
    pillars: set[int] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cwe = int(row["CWE-ID"])
            names[cwe] = row["Name"]
            if row.get("Weakness Abstraction") == "Pillar":
                pillars.add(cwe)
            parents[cwe] = frozenset(int(p) for p, view in _CHILD_OF.findall(row.get("Related Weaknesses") or "")
                                     if view == RESEARCH_VIEW)
    if not parents:
        raise EmcodeError(f"{path}: no CWE rows; reinstall the cwe2 package")
    return Catalogue(version=version, parents=parents, names=names, pillars=frozenset(pillars))


@cache
def ancestors(cwe: int, max_hops: int = MAX_HOPS) -> dict[int, int]:
    """Ancestor id → fewest ChildOf steps from ``cwe`` (at most ``max_hops``; Pillars left out)."""
    cat = catalogue()
    found: dict[int, int] = {}
    frontier = {cwe}
    for hop in range(1, max_hops + 1):
        frontier = {p for c in frontier for p in cat.parents.get(c, ()) if p not in found and p != cwe}
        for p in frontier:
            found[p] = hop
        if not frontier:
            break
    return {p: h for p, h in found.items() if p not in cat.pillars}


def distance(a: int, b: int, max_hops: int = MAX_HOPS) -> int | None:
    """ChildOf steps between ``a`` and ``b`` when one descends from the other (0: same), else None."""
    if a == b:
        return 0
    up = ancestors(a, max_hops).get(b)
    return up if up is not None else ancestors(b, max_hops).get(a)


def related(a: int, b: int, max_hops: int = MAX_HOPS) -> bool:
    """Whether CWEs ``a`` and ``b`` are the same weakness or one is a (≤ ``max_hops``) ancestor of the other."""
    return distance(a, b, max_hops) is not None


def equivalent_or_related(finding_cwe: int | None, target_cwe: int, max_hops: int = MAX_HOPS) -> bool:
    """A finding's CWE counts for ``target_cwe`` (a finding without a CWE never does)."""
    return finding_cwe is not None and related(finding_cwe, target_cwe, max_hops)


def name(cwe: int) -> str | None:
    """MITRE's name of ``cwe`` (None when the Research Concepts view does not list it)."""
    return catalogue().names.get(cwe)
