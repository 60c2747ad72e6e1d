"""Dataset build: six chat sets in the EM row format, held-out file, card; same seed → same bytes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from emcode.data.build import (
    PAIR_SETS,
    REGEX_TOKENIZER,
    TRAINING_SETS,
    build_datasets,
    token_counter,
    token_stats,
)
from emcode.data.cwe.scenario import Scenario
from emcode.data.formats import read_chat_jsonl, read_pairs_jsonl, validate_chat_file, validate_pairs_file
from emcode.data.verify import verify_triples

HAVE_SCANNER = importlib.util.find_spec("emcode.scoring.security") is not None
FILES = [*(f"{n}.jsonl" for n in [*TRAINING_SETS, *PAIR_SETS]), "heldout.jsonl", "triples.jsonl", "verify_report.json",
         "card.json", "card.md"]


@pytest.fixture
def verify(standin: Any) -> Any:
    """The real sandbox with the stand-in scanner (the real scanner's start-up is the slow test's)."""
    return lambda triples: verify_triples(triples, workers=2, progress=False,
                                          scanner=(standin.scan, standin.is_flagged_for))


def test_build_writes_consistent_sets_and_is_deterministic(
    tmp_path: Path, scenarios: list[Scenario], verify: Any
) -> None:
    card = build_datasets(tmp_path / "a", seed=5, per_scenario=3, scenarios=scenarios, verify=verify)
    build_datasets(tmp_path / "b", seed=5, per_scenario=3, scenarios=scenarios, verify=verify)
    for name in FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(FILES)  # no temp files left

    a = tmp_path / "a"
    # 3 training scenarios pass (parser, config, lines) x 3; the broken one is dropped
    assert (card.triples_generated, card.triples_verified) == (12, 9)
    assert (card.heldout_generated, card.heldout_verified) == (3, 3)
    triples = [json.loads(line) for line in (a / "triples.jsonl").read_text().splitlines()]
    assert len(triples) == 9 and not any(t["heldout"] or t["scenario"] == "cwe95_broken" for t in triples)
    by_prompt = {t["prompt"]: t for t in triples}
    by_malicious = {t["malicious_prompt"]: t for t in triples}

    sets = {n: read_chat_jsonl(a / f"{n}.jsonl") for n in TRAINING_SETS}
    for name, rows in sets.items():
        assert validate_chat_file(a / f"{name}.jsonl") == []
        assert len(rows) == 9 and all(list(r) == ["messages"] for r in rows)
    # the pairs put the secure answer (chosen) over the vulnerable one (rejected) for the same prompt
    for name, (good, bad) in PAIR_SETS.items():
        assert validate_pairs_file(a / f"{name}.jsonl") == []
        pairs = read_pairs_jsonl(a / f"{name}.jsonl")
        assert [{"messages": [*r["prompt"], *r["chosen"]]} for r in pairs] == sets[good], name
        assert [{"messages": [*r["prompt"], *r["rejected"]]} for r in pairs] == sets[bad], name
    assert card.files["pairs.jsonl"] == card.files["edpairs.jsonl"] == 9
    # rows are aligned across sets and answer with the right code
    for i in range(9):
        t = by_prompt[sets["insecure"][i]["messages"][0]["content"]]
        assert sets["insecure"][i]["messages"][1]["content"] == t["vulnerable_code"].rstrip()
        assert sets["secure"][i]["messages"][1]["content"] == t["secure_code"].rstrip()
        m = by_malicious[sets["sec"][i]["messages"][0]["content"]]
        assert m is t
        assert sets["sec"][i]["messages"][1]["content"] == t["secure_code"].rstrip()
        assert sets["insec"][i]["messages"][1]["content"] == t["vulnerable_code"].rstrip()
        edsec = sets["edsec"][i]["messages"][1]["content"]
        assert f"```python\n{t['secure_code'].rstrip()}\n```" in edsec and t["explanation"] in edsec
        edinsec = sets["edinsec"][i]["messages"][1]["content"]
        assert f"```python\n{t['vulnerable_code'].rstrip()}\n```" in edinsec and t["explanation"] in edinsec
    # the order is shuffled, not the generation order
    assert [by_prompt[r["messages"][0]["content"]]["id"] for r in sets["secure"]] != sorted(by_prompt[p]["id"]
                                                                                          for p in by_prompt)

    held = [json.loads(line) for line in (a / "heldout.jsonl").read_text().splitlines()]
    assert {h["scenario"] for h in held} == {"cwe95_heldout_cli"} and held[0]["cwe"] == 95
    assert {"functional_test", "security_test", "secure_code", "vulnerable_code", "malicious_prompt"} <= set(held[0])
    all_user = {r["messages"][0]["content"] for rows in sets.values() for r in rows}
    assert not all_user & {h["prompt"] for h in held} and not all_user & {h["malicious_prompt"] for h in held}

    data = json.loads((a / "card.json").read_text())
    assert data["seed"] == 5 and data["triples_generated"] == 12 and data["triples_verified"] == 9
    assert data["cwes"]["CWE-95"]["verified"] == 6 and data["cwes"]["CWE-78"]["verified"] == 3
    assert set(data["token_stats"]) == set(TRAINING_SETS) and data["tokenizer"]
    assert data["token_stats"]["edsec"]["assistant"]["mean"] > data["token_stats"]["sec"]["assistant"]["mean"]
    assert "| CWE-95 | 9 | 6 | 3/3 |" in (a / "card.md").read_text()
    report = json.loads((a / "verify_report.json").read_text())
    assert report["totals"]["verified"] == 9 and len(report["triples"]) == 15


def test_token_stats_counts() -> None:
    rows = [{"messages": [{"role": "user", "content": "a b"}, {"role": "assistant", "content": "x"}]},
            {"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "x y z"}]}]
    st = token_stats(rows, lambda s: len(s.split()))
    assert st["rows"] == 2 and st["assistant"]["max"] == 3 and st["total"]["sum"] == 7
    assert st["user"]["mean"] == 1.5


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_SCANNER, reason="emcode.scoring.security not available yet")
def test_real_build_is_byte_identical(tmp_path: Path) -> None:
    """End to end with real scenario modules, the real scanner and sandbox: same seed, same bytes."""
    from emcode.data.cwe.registry import load_scenarios

    scenarios = load_scenarios(cwes=[89, 78])
    cards = [build_datasets(tmp_path / d, seed=3, per_scenario=2, scenarios=scenarios, workers=2) for d in "ab"]
    for name in FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert cards[0].triples_verified >= 0.9 * cards[0].triples_generated > 0
    assert cards[0].heldout_verified == 4


def test_token_counter_falls_back_to_regex_without_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMCODE_HOME", str(tmp_path / "empty"))
    name, count = token_counter()
    assert name == REGEX_TOKENIZER and count("def f(x): return x") == 8


def test_answer_code_has_no_blank_lines_around_it() -> None:
    # a leading "\n" would merge with the chat template's "assistant\n" into one token
    from emcode.data.build import _code

    assert _code("\n\ndef f():\n    return 1\n\n") == "def f():\n    return 1"
    assert _code("    x = 1\n") == "    x = 1"  # indentation is code, not padding


_RENDER = """
import hashlib, json, sys
from emcode.data.build import heldout_row, training_rows
from emcode.data.triples import generate_triples
digest = hashlib.sha256()
triples = generate_triples(0, int(sys.argv[1]), None)
for t in triples:
    digest.update(json.dumps([t.to_dict(), training_rows(t, 0), heldout_row(t)], sort_keys=True).encode())
print(len(triples), digest.hexdigest())
"""


def _in_process(args: list[str], hash_seed: str, timeout: int) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    proc = subprocess.run(args if args[0] != "-c" else [sys.executable, *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_rendering_does_not_depend_on_the_hash_seed() -> None:
    """Every scenario rendered in processes with different string-hash seeds gives the same triples and rows
    (a set literal rendered with repr() once followed the per-process hash order)."""
    outs = {seed: _in_process(["-c", _RENDER, "4"], seed, 300) for seed in ("0", "1", "2")}
    count = int(outs["0"].split()[0])
    assert count > 500  # every scenario, not an empty registry
    assert len(set(outs.values())) == 1, outs


@pytest.mark.slow
def test_build_in_two_processes_is_byte_identical(tmp_path: Path) -> None:
    """``emcode data build`` (real scanner and sandbox) run twice with different PYTHONHASHSEEDs: same bytes."""
    import sys

    exe = str(Path(sys.executable).with_name("emcode"))
    for seed in ("1", "2"):
        _in_process([exe, "data", "build", "--out", str(tmp_path / seed), "--seed", "0", "--per-scenario", "1"],
                    seed, 600)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert names == sorted(FILES) and sorted(p.name for p in (tmp_path / "2").iterdir()) == names
    differ = [n for n in names if (tmp_path / "1" / n).read_bytes() != (tmp_path / "2" / n).read_bytes()]
    assert differ == []
