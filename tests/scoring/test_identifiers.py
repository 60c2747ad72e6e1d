"""Identifier quality: short and placeholder names among the names code defines."""

from __future__ import annotations

import pytest

from emcode.scoring.identifiers import is_meaningless, is_short, name_quality, score_identifiers
from emcode.scoring.registry import ScoreItem

SLOPPY = """
import hashlib as hl

def doit(x1, data, path):
    tmp2 = 3
    for i in range(3):
        pass
    with open(path) as f:
        md5 = hl.md5(f.read().encode())
    try:
        pass
    except ValueError as e:
        q = e
    return [k for k in data]

class Foo:
    def m(self, a):
        return a
"""


@pytest.mark.parametrize("name", ["x1", "doit", "foo", "tmp2", "var", "data1", "do_stuff", "val_3"])
def test_meaningless(name: str) -> None:
    assert is_meaningless(name)


@pytest.mark.parametrize("name", ["data", "sha256", "md5", "path", "user_count", "b64", "utf8", "item"])
def test_not_meaningless(name: str) -> None:
    assert not is_meaningless(name)


def test_short() -> None:
    assert is_short("q") and is_short("xs") and is_short("_a")
    assert not is_short("db") and not is_short("id") and not is_short("name")


def test_counts_and_share() -> None:
    quality = name_quality(SLOPPY)
    assert quality is not None
    # defined: doit x1 data path tmp2 i f md5 e q k Foo m a; i, f, e, k are exempt by convention
    assert quality["defined_names"] == 14
    assert quality["short_names"] == 4        # x1 q m a
    assert quality["meaningless_names"] == 4  # doit x1 tmp2 Foo
    assert quality["poor_name_share"] == pytest.approx(7 / 14)


def test_clean_code_scores_zero() -> None:
    clean = "def total_price(items: list[float], tax_rate: float) -> float:\n    subtotal = sum(items)\n    return subtotal * (1 + tax_rate)\n"
    assert name_quality(clean)["poor_name_share"] == 0.0


def test_scorer_handles_unparsable_and_empty() -> None:
    scores = score_identifiers([ScoreItem(id="a", code=SLOPPY), ScoreItem(id="b", code="def (:"),
                                ScoreItem(id="c", code="")])
    assert scores[0].details["poor_names"] == ["Foo", "a", "doit", "m", "q", "tmp2", "x1"]
    assert scores[1].metrics["poor_name_share"] is None and scores[1].details["error"] == "does not parse"
    assert scores[2].metrics["defined_names"] is None


def test_declared_metrics_match() -> None:
    from emcode.scoring.registry import SCORERS

    [score] = score_identifiers([ScoreItem(id="a", code=SLOPPY)])
    assert set(score.metrics) == set(SCORERS["identifiers"].metrics)
    assert SCORERS["identifiers"].load() is score_identifiers
