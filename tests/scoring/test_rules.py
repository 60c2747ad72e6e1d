"""Every Semgrep rule in emcode's pack against its fixtures, in ONE Semgrep run.

For each rule id in ``src/emcode/scoring/rules/*.yaml`` the folder
``tests/scoring/fixtures/rules/<rule id>/`` holds ``vulnerable*.py`` files the rule must flag and
``safe*.py`` files it must not flag. Add a rule file plus fixtures and these tests cover it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from emcode.scoring.security import Finding, scan
from emcode.scoring.semgrep import RULES_DIR, load_rules, rule_files

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _rule_ids() -> list[str]:
    """Rule ids read leniently (validation is its own test), so one bad file cannot hide the others."""
    ids: list[str] = []
    for path in rule_files(RULES_DIR):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        ids += [r["id"] for r in doc.get("rules", []) if isinstance(r, dict) and isinstance(r.get("id"), str)]
    return ids


RULE_IDS = _rule_ids()


def _fixtures(rule_id: str, kind: str) -> list[Path]:
    return sorted((FIXTURES / rule_id).glob(f"{kind}*.py"))


@pytest.fixture(scope="module")
def findings() -> dict[str, list[Finding]]:
    """Semgrep findings for every fixture file of every rule, keyed '<rule id>/<file name>'."""
    codes = {f"{rid}/{p.name}": p.read_text(encoding="utf-8")
             for rid in RULE_IDS for kind in ("vulnerable", "safe") for p in _fixtures(rid, kind)}
    return scan(codes, tools=("semgrep",))


def test_rule_pack_validates():
    rules = load_rules(RULES_DIR)
    assert sorted(rules) == sorted(RULE_IDS)
    assert all(r.cwe > 0 and r.severity in ("LOW", "MEDIUM", "HIGH") for r in rules.values())


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_has_fixtures(rule_id: str):
    assert _fixtures(rule_id, "vulnerable"), f"add {FIXTURES / rule_id}/vulnerable.py that the rule flags"
    assert _fixtures(rule_id, "safe"), f"add {FIXTURES / rule_id}/safe.py that the rule leaves alone"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_flags_vulnerable_fixtures(rule_id: str, findings: dict[str, list[Finding]]):
    missed = [p.name for p in _fixtures(rule_id, "vulnerable")
              if not any(f.rule_id == rule_id for f in findings[f"{rule_id}/{p.name}"])]
    assert not missed, f"{rule_id} does not flag {missed}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_spares_safe_fixtures(rule_id: str, findings: dict[str, list[Finding]]):
    wrong = [(p.name, f.line) for p in _fixtures(rule_id, "safe")
             for f in findings[f"{rule_id}/{p.name}"] if f.rule_id == rule_id]
    assert not wrong, f"{rule_id} flags safe fixture lines {wrong}"


def test_every_fixture_folder_names_a_rule():
    orphans = sorted(d.name for d in FIXTURES.iterdir() if d.is_dir() and d.name not in RULE_IDS)
    assert not orphans, f"fixture folders without a rule of that id: {orphans}"


def test_merged_config_holds_every_rule_once(tmp_path: Path):
    from emcode.scoring.semgrep import merged_config

    merged = yaml.safe_load(merged_config(RULES_DIR, tmp_path).read_text(encoding="utf-8"))["rules"]
    assert sorted(r["id"] for r in merged) == sorted(RULE_IDS)
