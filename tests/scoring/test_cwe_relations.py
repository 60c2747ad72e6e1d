"""CWE relations from MITRE's catalogue (cwe2): ancestors within a few hops, no Pillars, no siblings."""

from __future__ import annotations

import pytest

from emcode.scoring.cwe_relations import (
    MAX_HOPS,
    ancestors,
    catalogue,
    distance,
    equivalent_or_related,
    name,
    related,
)


def test_catalogue_is_mitres_research_view():
    cat = catalogue()
    assert len(cat.parents) > 900
    assert {664, 703, 707, 693} <= cat.pillars
    assert name(79) is not None and "Cross-site Scripting" in name(79)
    assert name(99999) is None


@pytest.mark.parametrize(("a", "b", "hops"), [
    (328, 327, 1),  # weak hash is a broken algorithm
    (760, 916, 1),  # predictable salt is a password hash with too little effort
    (78, 77, 1), (95, 94, 1), (259, 798, 1), (321, 798, 1), (23, 22, 1),
    (1336, 94, 1), (113, 93, 1), (89, 943, 1),
    (916, 327, 2),
    (1333, 400, 3),  # ReDoS → resource consumption (via 407, 405)
])
def test_parent_chains_relate_both_ways(a: int, b: int, hops: int):
    assert distance(a, b) == hops and distance(b, a) == hops
    assert related(a, b) and related(b, a)


@pytest.mark.parametrize(("a", "b"), [
    (79, 89),  # siblings under CWE-74
    (259, 321),  # siblings under CWE-798
    (117, 20),  # ChildOf only in view 700, not the research view
    (703, 209),  # CWE-703 is a Pillar: never a meeting point
    (918, 20), (502, 915), (78, 89),
])
def test_unrelated_pairs(a: int, b: int):
    assert not related(a, b) and distance(a, b) is None


def test_hops_bound_and_pillars_left_out():
    assert related(1333, 400) and not related(1333, 400, max_hops=2)
    assert all(p not in catalogue().pillars for p in ancestors(89))
    assert 1 <= MAX_HOPS <= 4


def test_unknown_cwes_relate_only_to_themselves():
    assert related(99999, 99999) and not related(99999, 79)


def test_finding_without_cwe_counts_for_nothing():
    assert equivalent_or_related(328, 327) and not equivalent_or_related(None, 327)
