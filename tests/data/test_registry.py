"""The scenario registry: one module per catalog CWE, strict and lenient loading."""

from __future__ import annotations

import logging
import sys
import types

import pytest

from emcode.data.cwe.catalog import CATALOG
from emcode.data.cwe.registry import MODULES, load_scenarios
from emcode.data.cwe.scenario import Scenario
from emcode.errors import EmcodeError


def _fake(monkeypatch: pytest.MonkeyPatch, cwe: int, scenarios: object) -> None:
    mod = types.ModuleType(MODULES[cwe])
    mod.SCENARIOS = scenarios  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, MODULES[cwe], mod)


def test_one_module_per_catalog_cwe() -> None:
    assert sorted(MODULES) == sorted(CATALOG)
    assert all(name == f"emcode.data.cwe.scenarios.cwe_{cwe}" for cwe, name in MODULES.items())


def test_good_module_loads(monkeypatch: pytest.MonkeyPatch, scenarios: list[Scenario]) -> None:
    good = [s for s in scenarios if s.cwe == 95 and s.id != "cwe95_broken"]
    good.append(Scenario("cwe95_extra", 95, "web handler", good[0].render))
    _fake(monkeypatch, 95, good)
    assert [s.id for s in load_scenarios(cwes=["CWE-95"])] == [s.id for s in good]


def _ev(scenarios: list[Scenario]) -> list[Scenario]:
    return [s for s in scenarios if s.cwe == 95]


@pytest.mark.parametrize(("shape", "message"), [
    (lambda ev: ev[:3], "2 training scenario"),  # two training + one held-out
    (lambda ev: [s for s in ev if not s.heldout], "0 held-out"),
    (lambda ev: [*ev, Scenario("cwe95_h2", 95, "x", ev[0].render, heldout=True)], "2 held-out"),
    (lambda ev: [*ev, Scenario("cwe89_bad", 89, "x", ev[0].render)], "another CWE"),
    (lambda ev: "nope", "must be a list"),
])
def test_bad_shapes_are_errors(monkeypatch: pytest.MonkeyPatch, scenarios: list[Scenario], shape, message: str) -> None:
    _fake(monkeypatch, 95, shape(_ev(scenarios)))
    with pytest.raises(EmcodeError, match=message):
        load_scenarios(cwes=[95])


def test_missing_modules_strict_and_lenient(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(MODULES, 95, "emcode.data.cwe.scenarios.cwe_does_not_exist")
    with pytest.raises(EmcodeError, match="no scenario module for CWE-95"):
        load_scenarios(cwes=[95])
    with caplog.at_level(logging.WARNING):
        assert load_scenarios(strict=False, cwes=[95]) == []
    assert "CWE-95" in caplog.text
    with pytest.raises(EmcodeError, match="unknown CWE"):
        load_scenarios(cwes=[12345])


def test_lenient_keeps_misshaped_and_duplicate_ids_fail(
    monkeypatch: pytest.MonkeyPatch, scenarios: list[Scenario]
) -> None:
    ev = _ev(scenarios)
    _fake(monkeypatch, 95, ev[:1])
    assert len(load_scenarios(strict=False, cwes=[95])) == 1
    _fake(monkeypatch, 95, [*ev, ev[0]])
    with pytest.raises(EmcodeError, match="used twice"):
        load_scenarios(cwes=[95])


def test_broken_module_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def bad_import(name: str):
        raise NameError("oops")

    monkeypatch.setattr("importlib.import_module", bad_import)
    with pytest.raises(EmcodeError, match="import failed.*NameError"):
        load_scenarios(cwes=[95])
