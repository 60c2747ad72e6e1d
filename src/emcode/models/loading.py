"""Resolve a model name (embedded, local dir, GGUF file, hub id) and load it with an adapter.

Every backend and the trainer load weights through :func:`load_model`, so device checks,
dtype choice, GGUF handling and the adapter/base match check live in one place.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from emcode.assets import EMBEDDED_NAME, embedded_model_dir
from emcode.errors import EmcodeError
from emcode.runs import atomic_write_json

ADAPTER_META = "emcode_adapter.json"
_FINGERPRINT_KEYS = ("model_type", "hidden_size", "num_hidden_layers", "num_attention_heads", "vocab_size")
_DTYPES = {"fp32": "float32", "float32": "float32", "bf16": "bfloat16", "bfloat16": "bfloat16",
           "fp16": "float16", "float16": "float16"}


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def resolve_model(name: str) -> str:
    """Map a model name to what ``from_pretrained`` loads: a local dir, a ``.gguf`` path or a hub id."""
    if name == EMBEDDED_NAME:
        return str(embedded_model_dir())
    if name.startswith("embedded:"):
        raise EmcodeError(f"unknown embedded model {name!r}; the only one is {EMBEDDED_NAME!r}")
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise EmcodeError(f"{path}: model directory has no config.json; point at a saved transformers model")
        return str(path.resolve())
    if name.endswith(".gguf"):
        if not path.is_file():
            raise EmcodeError(f"{path}: GGUF file not found; check the path")
        return str(path.resolve())
    if name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise EmcodeError(f"{name}: model path not found; pass an existing directory, a .gguf file or a hub id")
    return name  # a hub id: only the local cache is used when HF_HUB_OFFLINE is set


def canonical_base(name: str) -> str:
    """A machine-independent id of a base model (the embedded name survives a moved cache)."""
    if name == EMBEDDED_NAME:
        return EMBEDDED_NAME
    resolved = resolve_model(name)
    try:
        if Path(resolved).is_dir() and Path(resolved).samefile(embedded_model_dir()):
            return EMBEDDED_NAME
    except EmcodeError:
        pass
    return resolved


def resolve_device(device: str) -> str:
    """``auto`` → cuda when available else cpu; asking for missing CUDA is a clear error."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda"):
        if not torch.cuda.is_available():
            raise EmcodeError(
                f"device {device} requested but torch.cuda.is_available() is False; use device: cpu or auto"
            )
        return device
    if device == "cpu":
        return device
    raise EmcodeError(f"unknown device {device!r}; use cpu, cuda or auto")


def cpu_has_native_bf16() -> bool:
    """Whether this CPU multiplies bf16 in hardware (AVX-512 BF16 or AMX), where bf16 weights pay.

    oneDNN also runs bf16 on plain AVX-512 by emulation, slower than fp32, so its own check
    is not enough: the flags are read from torch's CPU probe, else from ``/proc/cpuinfo``.
    """
    import torch

    try:
        caps = torch._C._cpu._get_cpu_capability()  # a dict of CPUID flags in torch >= 2.5
        return bool(caps.get("avx512_bf16") or caps.get("amx_bf16"))
    except (AttributeError, RuntimeError, TypeError):
        pass
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8").split()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def require_cuda_if_asked(devices: list[str]) -> None:
    """CUDA named by the config on a machine without it is an error before anything runs."""
    if any(d.startswith("cuda") for d in devices):
        import torch

        if not torch.cuda.is_available():
            raise EmcodeError("device 'cuda' requested (train.device/generation.device) but this machine has no "
                              "CUDA GPU; set device: cpu or auto")


def resolve_dtype(dtype: str, device: str) -> Any:
    """``auto`` → bf16 (or fp16) on GPU; on CPU bf16 where it is native, else fp32; names map to dtypes."""
    import torch

    if dtype == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.bfloat16 if cpu_has_native_bf16() else torch.float32
    if dtype not in _DTYPES:
        raise EmcodeError(f"unknown dtype {dtype!r}; use auto, fp32, bf16 or fp16")
    return getattr(torch, _DTYPES[dtype])


def _source_kwargs(resolved: str) -> tuple[str, dict[str, Any]]:
    """``from_pretrained`` first argument and kwargs for a resolved model."""
    kwargs: dict[str, Any] = {}
    if resolved.endswith(".gguf"):
        return str(Path(resolved).parent), {"gguf_file": Path(resolved).name}
    if not Path(resolved).is_dir() and _offline():
        kwargs["local_files_only"] = True
    return resolved, kwargs


def load_tokenizer(name: str) -> Any:
    """Load the tokenizer of a model, with a pad token (EOS when the model has none)."""
    from transformers import AutoTokenizer

    src, kwargs = _source_kwargs(resolve_model(name))
    try:
        tok = AutoTokenizer.from_pretrained(src, **kwargs)
    except OSError as exc:
        raise _load_error(name, exc) from None
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def _load_error(name: str, exc: Exception) -> EmcodeError:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    hint = " (HF_HUB_OFFLINE is set: only cached hub models load)" if _offline() else ""
    return EmcodeError(f"cannot load model {name!r}{hint}: {first}; pass a local directory, a .gguf file, "
                       f"{EMBEDDED_NAME!r} or a cached hub id")


def load_model(
    name: str,
    adapter: str | os.PathLike[str] | None = None,
    *,
    dtype: str = "auto",
    device: str = "auto",
    trainable_adapter: bool = False,
) -> tuple[Any, Any]:
    """Load ``(model, tokenizer)``; with ``adapter`` the model is a ``PeftModel`` over the base."""
    from transformers import AutoModelForCausalLM

    dev = resolve_device(device)
    torch_dtype = resolve_dtype(dtype, dev)
    if adapter is not None:
        check_adapter_base(adapter, name)
    resolved = resolve_model(name)
    src, kwargs = _source_kwargs(resolved)
    tok = load_tokenizer(name)
    try:
        model = AutoModelForCausalLM.from_pretrained(src, dtype=torch_dtype, **kwargs)
    except OSError as exc:
        raise _load_error(name, exc) from None
    if "gguf_file" in kwargs:
        # A GGUF loads dequantized but flagged quantized; clear the flag so it trains and saves.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.is_quantized = False
    if model.generation_config.pad_token_id is None:
        model.generation_config.pad_token_id = tok.pad_token_id
    model.to(dev)
    if adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter), is_trainable=trainable_adapter)
    return model, tok


def base_fingerprint(name: str) -> dict[str, Any]:
    """Architecture numbers an adapter depends on (read from the config only, no weights)."""
    from transformers import AutoConfig

    src, kwargs = _source_kwargs(resolve_model(name))
    try:
        cfg = AutoConfig.from_pretrained(src, **kwargs)
    except OSError as exc:
        raise _load_error(name, exc) from None
    return {k: getattr(cfg, k, None) for k in _FINGERPRINT_KEYS}


def write_adapter_meta(adapter_dir: str | os.PathLike[str], base_name: str, **extra: Any) -> Path:
    """Record which base model an adapter was trained on, next to the adapter."""
    meta = {"base_model": canonical_base(base_name), "base_name": base_name,
            "base_fingerprint": base_fingerprint(base_name), **extra}
    return atomic_write_json(Path(adapter_dir) / ADAPTER_META, meta)


def _same_name(a: str, b: str) -> bool:
    """Loose match for adapters made elsewhere: same last path component (repo name)."""
    return Path(a.rstrip("/")).name.lower() == Path(b.rstrip("/")).name.lower()


def check_adapter_base(adapter_dir: str | os.PathLike[str], base_name: str) -> None:
    """Raise when ``adapter_dir`` is not a peft adapter or was trained on another base model.

    Our ``emcode_adapter.json`` (canonical base id + architecture) decides when present; for
    adapters made elsewhere, ``adapter_config.json``'s ``base_model_name_or_path`` is compared.
    """
    adir = Path(adapter_dir)
    cfg_path = adir / "adapter_config.json"
    if not cfg_path.is_file():
        raise EmcodeError(f"{adir}: not a LoRA adapter directory (no adapter_config.json); train it first "
                          "or pass the right folder")
    meta_path = adir / ADAPTER_META
    fix = f"evaluate it with the base model it was trained on, or retrain the adapter on {base_name}"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        want, have = meta.get("base_model"), canonical_base(base_name)
        if want != have:
            raise EmcodeError(f"{adir}: adapter was trained on base model {want!r}, not {have!r}; {fix}")
        recorded = meta.get("base_fingerprint")
        if recorded and recorded != base_fingerprint(base_name):
            raise EmcodeError(f"{adir}: base model {base_name!r} changed shape since the adapter was trained "
                              f"({recorded} vs now); {fix}")
        return
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    recorded_base = cfg.get("base_model_name_or_path")
    if not recorded_base:
        return
    candidates = {base_name, resolve_model(base_name), canonical_base(base_name)}
    if not any(recorded_base == c or _same_name(recorded_base, c) for c in candidates):
        raise EmcodeError(f"{adir}: adapter was trained on base model {recorded_base!r}, not {base_name!r}; {fix}")
