"""Triple verification: real sandbox runs, one scanner call, reasons recorded per triple."""

from __future__ import annotations

import dataclasses
import importlib.util
from typing import Any

import pytest

from emcode.data.cwe.scenario import Scenario
from emcode.data.triples import Triple, generate_triples
from emcode.data.verify import FULL_TARGETS, TripleCheck, VerifyReport, subset_targets, verify_triples

HAVE_SCANNER = importlib.util.find_spec("emcode.scoring.security") is not None


def _tampered(t: Triple, **changes: str) -> Triple:
    return dataclasses.replace(t, **changes)


def test_verify_with_real_sandbox(scenarios: list[Scenario], standin: Any) -> None:
    triples = generate_triples(0, 2, scenarios)
    by_scenario = {t.scenario: t for t in triples}
    base = by_scenario["cwe95_parser"]
    extra = [
        _tampered(base, id="x-syntax", secure_code="def broken(:\n"),
        _tampered(base, id="x-functional", secure_code=base.secure_code + "\nraise SystemExit(3)\n"),
        _tampered(base, id="x-undetected", vulnerable_code=base.secure_code),
    ]
    report = verify_triples(triples + extra, workers=2, progress=False, scanner=(standin.scan, standin.is_flagged_for))
    assert standin.calls == 1
    everything = triples + extra
    distinct = {c for t in everything for c in (t.vulnerable_code, t.secure_code) if "def broken(:" not in c}
    assert standin.files == len(distinct) < 2 * len(everything)  # identical code is scanned once
    checks = {c.id: c for c in report.checks}
    good = [c for c in report.checks if c.scenario in {"cwe95_parser", "cwe95_config", "cwe95_heldout_cli",
                                                        "cwe78_lines"} and not c.id.startswith("x-")]
    assert good and all(c.passed for c in good), [c.reasons for c in good if not c.passed]
    lines = checks["cwe78-lines-0000"]
    assert lines.flagged == {"vulnerable": True, "secure": False}
    assert lines.security == {"secure": True}  # flagged already: the vulnerable side's exploit is skipped
    held = checks["cwe95-heldout_cli-0000"]
    assert held.security == {"vulnerable": False, "secure": True}  # held out: the exploit must be shown to work
    broken = [c for c in report.checks if c.scenario == "cwe95_broken"]
    assert broken and not any(c.passed for c in broken)
    assert any(r.startswith("secure flagged for CWE-95: standin EVAL line") for r in broken[0].reasons)
    assert any(r.startswith("secure fails security test") for r in broken[0].reasons)
    assert checks["x-syntax"].reasons[0].startswith("secure does not parse: line 1")
    assert any(r.startswith("secure fails functional test") for r in checks["x-functional"].reasons)
    assert checks["x-undetected"].reasons == [
        "vulnerable not shown vulnerable: not flagged for CWE-95 and passes its security test"]
    per = report.per_cwe()
    assert per["CWE-95"]["heldout_generated"] == 2 and per["CWE-95"]["heldout_verified"] == 2
    assert per["CWE-78"] == {"generated": 2, "verified": 2, "heldout_generated": 0, "heldout_verified": 0}
    assert report.failure_reasons()["secure flagged for CWE-95"] == 2


def test_thorough_runs_every_exploit_and_heldout_test_must_catch(scenarios: list[Scenario], standin: Any) -> None:
    triples = [t for t in generate_triples(0, 1, scenarios) if t.scenario in {"cwe78_lines", "cwe95_heldout_cli"}]
    weak_test = "def test_nothing():\n    pass\n"
    triples.append(dataclasses.replace(triples[0], id="x-weak-heldout", security_test=weak_test))
    report = verify_triples(triples, workers=1, progress=False, scanner=(standin.scan, standin.is_flagged_for),
                            thorough=True)
    checks = {c.id: c for c in report.checks}
    assert checks["cwe78-lines-0000"].security == {"vulnerable": False, "secure": True}
    assert checks["cwe95-heldout_cli-0000"].passed
    assert checks["x-weak-heldout"].reasons == [
        "vulnerable passes its security test: the held-out test must catch the weakness"]


@pytest.mark.skipif(not HAVE_SCANNER, reason="emcode.scoring.security not available yet")
def test_verify_with_real_scanner_and_sandbox(scenarios: list[Scenario]) -> None:
    triples = generate_triples(1, 2, scenarios)
    report = verify_triples(triples, workers=2, progress=False)
    expect = {t.id: t.scenario != "cwe95_broken" for t in triples}
    assert {c.id: c.passed for c in report.checks} == expect, [(c.id, c.reasons) for c in report.checks]
    assert all(c.flagged["vulnerable"] for c in report.checks)


def _check(cwe: int, passed: bool, heldout: bool = False, n: int = 0) -> TripleCheck:
    return TripleCheck(f"cwe{cwe}-s-{n:04d}{'h' if heldout else ''}", cwe, "s", heldout, passed,
                       [] if passed else ["secure fails functional test: boom"])


def test_targets_table_and_dict() -> None:
    checks = [_check(cwe, i < 31, n=i) for cwe in range(1, 48) for i in range(66)]
    checks += [_check(1, True, heldout=True)]
    report = VerifyReport(checks, targets=FULL_TARGETS)
    tot = report.totals()
    assert tot == {"generated": 47 * 66, "verified": 47 * 31, "heldout_generated": 1, "heldout_verified": 1}
    results = dict(report.target_results())
    assert list(results.values()) == [False, False, True, True]
    assert not report.meets_targets()
    table = report.table()
    assert "CWE-1" in table and "[MISSED] pass rate of all generated triples 47.0% >= 95%" in table and "1/1" in table
    assert "secure fails functional test" in table
    good = VerifyReport([_check(7, True, n=i) for i in range(30)], targets=subset_targets(1))
    assert good.meets_targets()
    short = VerifyReport([_check(7, True, n=i) for i in range(29)], targets=subset_targets(1))
    assert not short.meets_targets() and "short: CWE-7 (29)" in short.table()
    d = report.to_dict()
    assert d["meets_targets"] is False and d["per_cwe"]["CWE-1"]["heldout_verified"] == 1
    assert [t["id"] for t in d["triples"]] == sorted(t["id"] for t in d["triples"])


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_SCANNER, reason="emcode.scoring.security not available yet")
def test_verify_command_on_one_real_cwe() -> None:
    from emcode.data.verify import verify_command

    report = verify_command(seed=0, per_scenario=2, cwe="CWE-89", workers=2, progress=False)
    per = report.per_cwe()
    assert list(per) == ["CWE-89"] and per["CWE-89"]["generated"] >= 6 and per["CWE-89"]["heldout_generated"] == 2
    assert report.targets.min_verified == 0  # a one-CWE run is judged on rate and per-CWE bars only
    assert "CWE-89" in report.table()
