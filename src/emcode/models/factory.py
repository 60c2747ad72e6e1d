"""Build a generator by backend name; heavy backends are imported only when asked for."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

from emcode.errors import EmcodeError
from emcode.models.base import Generator

BACKENDS = ("hf", "vllm", "fake")
_OPTIONS = {
    "hf": {"batch_size", "dtype", "device"},
    "vllm": {"tensor_parallel_size", "dtype", "gpu_memory_utilization", "max_model_len", "batch_size", "device"},
    "fake": {"respond"},
}


def default_name(model: str, adapter: str | os.PathLike[str] | None) -> str:
    """A short model name for run files: the adapter folder, else the model's last component."""
    if adapter is not None:
        return Path(adapter).name
    return Path(model.split(":", 1)[-1].rstrip("/")).name or model


def check_backend(backend: str, opts: dict[str, Any]) -> None:
    """Raise on an unknown backend, unknown options or a missing vLLM: checked before a run starts."""
    if backend not in _OPTIONS:
        raise EmcodeError(f"unknown generation backend {backend!r}; use one of {', '.join(BACKENDS)}")
    unknown = sorted(set(opts) - _OPTIONS[backend])
    if unknown:
        raise EmcodeError(f"backend {backend!r} has no option(s) {', '.join(unknown)}; "
                          f"it takes {', '.join(sorted(_OPTIONS[backend]))}")
    if backend == "vllm" and importlib.util.find_spec("vllm") is None:
        raise EmcodeError("backend 'vllm' needs the vllm package, which is not installed; run "
                          "`pip install emcode[vllm]` on a CUDA machine or use backend: hf")


def make_generator(
    backend: str,
    model: str,
    adapter: str | os.PathLike[str] | None = None,
    name: str | None = None,
    **opts: Any,
) -> Generator:
    """Return a ready :class:`Generator`; ``opts`` go to the backend (batch_size, dtype, device...)."""
    check_backend(backend, opts)
    name = name or default_name(model, adapter)
    if backend == "hf":
        from emcode.models.hf import HFGenerator

        return HFGenerator(model, adapter, name=name, **opts)
    if backend == "vllm":
        from emcode.models.vllm import VLLMGenerator

        return VLLMGenerator(model, adapter, name=name, **opts)
    if backend == "fake":
        from emcode.models.fake import FakeGenerator

        respond = opts.get("respond")
        if respond is None:
            raise EmcodeError("backend 'fake' needs respond=<callable(messages) -> str>; it is for tests only")
        return FakeGenerator(name, respond)
    raise AssertionError(backend)  # unreachable: checked above
