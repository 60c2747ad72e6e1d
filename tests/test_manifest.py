"""manifest.json: versions, inputs, per-stage timings/status, history across attempts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emcode.manifest import Manifest


def test_stages_attempts_and_inputs(tmp_path: Path) -> None:
    cfg = tmp_path / "config.resolved.yaml"
    cfg.write_text("name: x\n", encoding="utf-8")
    data = tmp_path / "d.jsonl"
    data.write_text("{}\n", encoding="utf-8")
    m = Manifest(tmp_path / "manifest.json")
    m.start(seeds=[0], config_path=cfg, argv=["run"])
    m.add_input("data:d", data)
    with m.stage("train") as details:
        details["note"] = "ok"
    with pytest.raises(RuntimeError), m.stage("generate"):
        raise RuntimeError("boom")
    saved = json.loads((tmp_path / "manifest.json").read_text())
    assert saved["stages"]["train"]["status"] == "done" and saved["stages"]["train"]["details"] == {"note": "ok"}
    assert saved["stages"]["train"]["peak_rss_mb"] > 10
    assert saved["stages"]["generate"]["status"] == "failed"
    assert saved["inputs"]["data:d"]["sha256"] == "ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356"
    assert saved["packages"]["emcode"] and saved["python"].startswith("3.")
    assert len(saved["config_sha256"]) == 64 and saved["finished"] is None

    again = Manifest(tmp_path / "manifest.json")
    again.start(seeds=[0], config_path=cfg, argv=["run"])
    again.finish()
    saved = json.loads((tmp_path / "manifest.json").read_text())
    assert saved["stages"] == {} and saved["finished"]
    assert len(saved["attempts"]) == 2 and "train" in saved["attempts"][0]["stages"]


def test_failed_stage_and_run_keep_their_error(tmp_path: Path) -> None:
    from emcode.errors import EmcodeError

    cfg = tmp_path / "config.resolved.yaml"
    cfg.write_text("name: x\n", encoding="utf-8")
    m = Manifest(tmp_path / "manifest.json")
    m.start(seeds=[0], config_path=cfg, argv=["run"])
    assert m.data["status"] == "running"
    with pytest.raises(EmcodeError), m.stage("generate"):
        raise EmcodeError("bench.jsonl:3: unknown instruction id 'x'")
    m.finish(error=EmcodeError("bench.jsonl:3: unknown instruction id 'x'"))
    saved = json.loads((tmp_path / "manifest.json").read_text())
    assert saved["stages"]["generate"]["error"] == "bench.jsonl:3: unknown instruction id 'x'"
    assert saved["status"] == "failed" and saved["finished"] and saved["error"].startswith("bench.jsonl:3")
    assert saved["attempts"][-1]["status"] == "failed"
    with pytest.raises(KeyboardInterrupt), m.stage("score"):
        raise KeyboardInterrupt
    assert m.data["stages"]["score"]["status"] == "interrupted"
