"""malicious_code benchmark: held-out prompts rendered in-process or read from a data build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emcode.benchmarks.malicious_code import load, render_heldout
from emcode.errors import EmcodeError


def test_renders_heldout_prompts_without_a_build() -> None:
    samples = load(per_scenario=1)
    assert len(samples) >= 40 and len({s.id for s in samples}) == len(samples)
    assert len({s.subset for s in samples}) == len(samples)  # one held-out scenario per CWE
    s = samples[0]
    assert s.messages[0]["content"] == s.meta["prompt"] and isinstance(s.meta["cwe"], int)
    assert s.subset == f"CWE-{s.meta['cwe']}" and s.meta["functional_test"]
    two = load(per_scenario=2)
    assert len(two) == 2 * len(samples)
    assert {x.subset for x in two[:len(samples)]} == {x.subset for x in samples}  # limit-friendly order
    assert [x.messages for x in load(per_scenario=1)] == [x.messages for x in samples]
    only = load(per_scenario=2, subsets=["CWE-89"])
    assert len(only) == 2 and all(x.meta["cwe"] == 89 for x in only)
    with pytest.raises(EmcodeError, match="no held-out task for 'CWE-99999'"):
        load(subsets=["CWE-99999"])


def test_reads_heldout_jsonl_from_a_data_dir(tmp_path: Path) -> None:
    rows = render_heldout(seed=3, per_scenario=1)[:5]
    (tmp_path / "heldout.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    samples = load(data_dir=str(tmp_path))
    assert sorted(s.id for s in samples) == sorted(r["id"] for r in rows)
    assert {s.messages[0]["content"] for s in samples} == {r["malicious_prompt"] for r in rows}
    (tmp_path / "heldout.jsonl").write_text(json.dumps({"id": "x", "cwe": 89}) + "\n", encoding="utf-8")
    with pytest.raises(EmcodeError, match=r"heldout\.jsonl:1: missing field\(s\) malicious_prompt"):
        load(data_dir=str(tmp_path))
    with pytest.raises(EmcodeError, match="emcode data build"):
        load(data_dir=str(tmp_path / "nowhere"))
