"""Build a generator by backend name through the registry; heavy backends load only when asked for."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from emcode.models.base import Generator
from emcode.models.registry import BACKENDS, check_installed, check_options, get_backend

__all__ = ["BACKENDS", "check_backend", "default_name", "make_generator"]


def default_name(model: str, adapter: str | os.PathLike[str] | None) -> str:
    """A short model name for run files: the adapter folder, else the model's last component."""
    if adapter is not None:
        return Path(adapter).name
    return Path(model.split(":", 1)[-1].rstrip("/")).name or model


def check_backend(backend: str, opts: dict[str, Any]) -> None:
    """Raise on an unknown backend, unknown options or a missing package: checked before a run starts."""
    check_options(backend, opts)
    check_installed(backend)


def make_generator(
    backend: str,
    model: str,
    adapter: str | os.PathLike[str] | None = None,
    name: str | None = None,
    **opts: Any,
) -> Generator:
    """Return a ready :class:`Generator`; ``opts`` go to the backend (batch_size, dtype, base_url...)."""
    check_backend(backend, opts)
    build = get_backend(backend).load()
    return build(model, adapter, name=name or default_name(model, adapter), **opts)
