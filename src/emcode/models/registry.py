"""Explicit backend registry: name → ``"module:attr"`` and the options it takes, imported lazily.

Adding a backend is one file with a constructor ``(model, adapter, *, name, **options)`` that
returns a :class:`~emcode.models.base.Generator`, plus one entry here. Nothing heavy is imported
until a backend is built, so validating a config never loads torch or vLLM.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from emcode.errors import EmcodeError


@dataclass(frozen=True)
class BackendSpec:
    """A generation backend: where its constructor lives and which options it accepts."""

    name: str
    target: str  # "module:attr" of the constructor
    options: frozenset[str]
    local: bool  # loads weights in this process: the pipeline passes it batch_size and device
    required: frozenset[str] = frozenset()  # options without a default
    requires: str | None = None  # a Python package that must be importable
    install_hint: str = ""
    description: str = ""

    def load(self) -> Callable[..., Any]:
        """Import the constructor."""
        module, attr = self.target.split(":")
        return getattr(importlib.import_module(module), attr)


_HTTP_OPTIONS = {"base_url", "served_model", "served_adapters", "endpoint", "api_key_env", "concurrency", "timeout_s",
                 "max_retries", "backoff_s", "max_backoff_s", "send_seed", "extra_body"}

BACKENDS: dict[str, BackendSpec] = {
    "hf": BackendSpec(
        name="hf", target="emcode.models.hf:HFGenerator", local=True,
        options=frozenset({"batch_size", "dtype", "device", "chunk_tokens"}),
        description="transformers in this process (CPU or one GPU), adapter merged"),
    "vllm": BackendSpec(
        name="vllm", target="emcode.models.vllm:VLLMGenerator", local=True,
        options=frozenset({"tensor_parallel_size", "dtype", "gpu_memory_utilization", "max_model_len",
                           "batch_size", "device"}),
        requires="vllm",
        install_hint="run `pip install emcode[vllm]` on a CUDA machine or use backend: hf",
        description="vLLM in this process (GPU), adapter as a LoRA request"),
    "openai": BackendSpec(
        name="openai", target="emcode.models.openai:OpenAIGenerator", local=False,
        options=frozenset(_HTTP_OPTIONS), required=frozenset({"base_url"}),
        description="any OpenAI-compatible HTTP endpoint (OpenAI, vLLM serve, emcode serve)"),
    "fake": BackendSpec(
        name="fake", target="emcode.models.fake:make_fake", local=False, options=frozenset({"respond"}),
        description="scripted answers from a Python function (tests only)"),
}


def known_backends() -> str:
    """The registered backend names, comma-separated (for error messages)."""
    return ", ".join(sorted(BACKENDS))


def get_backend(name: str, key: str = "generation.backend") -> BackendSpec:
    """The spec of backend ``name``; an unknown name is an error naming ``key`` and the known ones."""
    spec = BACKENDS.get(name)
    if spec is None:
        raise EmcodeError(f"{key}: unknown generation backend {name!r}; use one of {known_backends()}")
    return spec


def check_options(name: str, opts: dict[str, Any] | set[str], key: str = "generation.options") -> None:
    """Raise when ``opts`` holds an option backend ``name`` does not take or lacks a required one.

    The message starts with ``key`` (the config location) when one is given.
    """
    spec = get_backend(name)
    where = f"{key}: " if key else ""
    unknown = sorted(set(opts) - spec.options)
    if unknown:
        raise EmcodeError(f"{where}backend {name!r} has no option(s) {', '.join(unknown)}; "
                          f"it takes {', '.join(sorted(spec.options))}")
    missing = sorted(spec.required - set(opts))
    if missing:
        raise EmcodeError(f"{where}{missing[0]!r} is required by backend {name!r}")


def check_installed(name: str) -> None:
    """Raise when the backend's required package is missing, with the install hint."""
    spec = get_backend(name)
    if spec.requires and importlib.util.find_spec(spec.requires) is None:
        raise EmcodeError(f"backend {name!r} needs the {spec.requires} package, which is not installed; "
                          f"{spec.install_hint}")
