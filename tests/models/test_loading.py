"""Model name resolution, device checks and loading of the tiny test model."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from emcode.assets import EMBEDDED_NAME
from emcode.errors import EmcodeError
from emcode.models.loading import load_model, resolve_device, resolve_dtype, resolve_model


def test_resolve_local_dir_gguf_and_hub_id(tiny_llama_dir: Path, tmp_path: Path) -> None:
    assert resolve_model(str(tiny_llama_dir)) == str(tiny_llama_dir.resolve())
    assert resolve_model("Qwen/Qwen2.5-Coder-0.5B-Instruct") == "Qwen/Qwen2.5-Coder-0.5B-Instruct"
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    assert resolve_model(str(gguf)) == str(gguf.resolve())


def test_resolve_errors_name_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EmcodeError, match="GGUF file not found"):
        resolve_model(str(tmp_path / "missing.gguf"))
    with pytest.raises(EmcodeError, match="no config.json"):
        resolve_model(str(tmp_path))
    with pytest.raises(EmcodeError, match="model path not found"):
        resolve_model("./no/such/model")
    with pytest.raises(EmcodeError, match="unknown embedded model"):
        resolve_model("embedded:gpt-5")
    monkeypatch.setenv("EMCODE_HOME", str(tmp_path / "empty-home"))
    with pytest.raises(EmcodeError, match="run `emcode assets fetch`"):
        resolve_model(EMBEDDED_NAME)


def test_uncached_hub_id_offline_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    with pytest.raises(EmcodeError, match="HF_HUB_OFFLINE is set"):
        load_model("emcode-test/not-a-real-model", device="cpu")


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error on machines without CUDA")
def test_cuda_requested_without_cuda(tiny_llama_dir: Path) -> None:
    msg = "device cuda requested but torch.cuda.is_available\\(\\) is False; use device: cpu or auto"
    with pytest.raises(EmcodeError, match=msg):
        resolve_device("cuda")
    with pytest.raises(EmcodeError, match=msg):
        load_model(str(tiny_llama_dir), device="cuda")
    assert resolve_device("auto") == "cpu"


def test_dtypes(monkeypatch: pytest.MonkeyPatch) -> None:
    from emcode.models import loading

    native = loading.cpu_has_native_bf16()
    assert resolve_dtype("auto", "cpu") == (torch.bfloat16 if native else torch.float32)
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():  # torch's probe and the kernel's flags agree
        flags = cpuinfo.read_text().split()
        assert native == ("avx512_bf16" in flags or "amx_bf16" in flags)
    monkeypatch.setattr(loading, "cpu_has_native_bf16", lambda: False)
    assert resolve_dtype("auto", "cpu") == torch.float32  # emulated bf16 is slower than fp32
    monkeypatch.setattr(loading, "cpu_has_native_bf16", lambda: True)
    assert resolve_dtype("auto", "cpu") == torch.bfloat16
    assert resolve_dtype("bf16", "cpu") == torch.bfloat16
    with pytest.raises(EmcodeError, match="unknown dtype"):
        resolve_dtype("int3", "cpu")
    with pytest.raises(EmcodeError, match="unknown device"):
        resolve_device("tpu")


def test_load_tiny_model_with_pad_token(tiny_llama_dir: Path) -> None:
    model, tok = load_model(str(tiny_llama_dir), device="cpu", dtype="bf16")
    assert model.dtype == torch.bfloat16 and model.device.type == "cpu"
    assert tok.pad_token_id is not None and tok.chat_template
