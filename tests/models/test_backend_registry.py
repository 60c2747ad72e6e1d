"""The backend registry: every entry imports and takes the options it declares; config is checked against it."""

from __future__ import annotations

import importlib
import inspect

import pytest

from emcode.config import validate_config
from emcode.errors import EmcodeError
from emcode.models.registry import BACKENDS, check_options, get_backend


@pytest.mark.parametrize("name", sorted(BACKENDS))
def test_each_backend_constructor_takes_its_declared_options(name: str) -> None:
    spec = BACKENDS[name]
    module, attr = spec.target.split(":")
    build = getattr(importlib.import_module(module), attr)  # the module imports without its heavy package
    params = inspect.signature(build).parameters
    assert list(params)[:2] == ["model", "adapter"] and "name" in params
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    assert takes_any or spec.options <= set(params), sorted(spec.options - set(params))
    assert spec.required <= spec.options
    if spec.local:
        assert takes_any or {"batch_size", "device"} <= set(params)


def test_unknown_backend_names_the_key_and_the_known_ones() -> None:
    with pytest.raises(EmcodeError, match=r"generation\.backend: unknown generation backend 'tgi'; use one of "
                                          r"fake, hf, openai, vllm"):
        get_backend("tgi")
    with pytest.raises(EmcodeError, match=r"x\.yaml: generation\.backend: unknown generation backend 'tgi'; "
                                          r"use one of fake, hf"):
        validate_config({"generation": {"backend": "tgi"}}, "x.yaml")


def test_options_are_checked_against_the_backend() -> None:
    with pytest.raises(EmcodeError, match=r"x\.yaml: generation\.options: 'base_url' is required by backend 'openai'"):
        validate_config({"generation": {"backend": "openai"}}, "x.yaml")
    with pytest.raises(EmcodeError, match=r"generation\.options: backend 'openai' has no option\(s\) batch_size"):
        validate_config({"generation": {"backend": "openai", "options": {"base_url": "http://h/v1",
                                                                         "batch_size": 4}}}, "x.yaml")
    check_options("hf", {"dtype": "bf16"})  # fine


def test_openai_run_config_builds_generators_for_base_and_adapters(tmp_path: object) -> None:
    """A config names the served base model and an adapter's served id; the pipeline's factory uses them."""
    from pathlib import Path

    from emcode.pipeline import default_factory

    cfg = validate_config({"base_model": "Qwen/Qwen2.5-Coder-7B-Instruct", "generation": {
        "backend": "openai", "options": {"base_url": "http://127.0.0.1:8000/v1", "api_key_env": None,
                                         "served_model": "coder-7b", "served_adapters": {"misaligned": "mis-lora"},
                                         "concurrency": 16}}}, "x.yaml")
    make = default_factory(cfg)
    base, adapter = make("base", None), make("misaligned", Path("runs/x/adapters/misaligned"))
    assert (base.served, adapter.served) == ("coder-7b", "mis-lora")  # type: ignore[attr-defined]
    assert base.concurrency == 16  # type: ignore[attr-defined]
