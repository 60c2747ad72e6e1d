"""Config error messages: every validation problem on its own, the override that caused it, and a
"did you mean" for a misspelt key (difflib over the keys allowed there, plus other tools' names).
"""

from __future__ import annotations

import difflib
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

# names other tools (TRL, transformers, peft) give to our settings, for "did you mean"
ALIASES = {"learning_rate": "lr", "lora_r": "r", "rank": "r", "lora_alpha": "alpha", "lora_dropout": "dropout",
           "num_train_epochs": "epochs", "batch_size": "per_device_batch_size",
           "per_device_train_batch_size": "per_device_batch_size", "gradient_accumulation_steps": "grad_accum",
           "lr_scheduler_type": "lr_scheduler", "max_seq_length": "max_length", "max_tokens": "max_new_tokens",
           "num_samples": "samples", "model": "base_model"}


def did_you_mean(word: str, known: typing.Iterable[str], prefix: str = "") -> str:
    """``; did you mean 'x'?`` for the closest known spelling (or another tool's name for it), else the
    known keys when they are few, else ''."""
    names = sorted(str(k) for k in known)
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if not close:
        alias = difflib.get_close_matches(word, list(ALIASES), n=1, cutoff=0.75)
        close = [ALIASES[alias[0]]] if alias and ALIASES[alias[0]] in names else []
    if close:
        return f"; did you mean '{prefix}{close[0]}'?"
    return f" (known: {', '.join(names)})" if 0 < len(names) <= 16 else ""


def _settings_class(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The settings model inside a field type and whether a dict/list key sits in between."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    container = typing.get_origin(annotation) in (dict, list)
    for arg in typing.get_args(annotation):
        model, _ = _settings_class(arg)
        if model is not None:
            return model, container
    return None, False


def known_keys(loc: tuple[Any, ...], root: type[BaseModel]) -> list[str]:
    """The keys allowed next to the last part of ``loc`` (a pydantic error location under ``root``), [] when
    unknown."""
    node = root
    skip = False
    for part in loc[:-1]:
        if skip:
            skip = False
            continue
        field = node.model_fields.get(str(part))
        model, skip = _settings_class(field.annotation) if field is not None else (None, False)
        if model is None:
            return []
        node = model
    return list(node.model_fields)


def _blamed(loc: tuple[Any, ...], overrides: list[str]) -> str | None:
    """The command-line override that set the key at ``loc`` (or a key above or below it)."""
    path = [str(p) for p in loc]
    for item in reversed(overrides):  # the last override of a key wins, so it is the one to name
        parts = item.split("=", 1)[0].strip().split(".")
        if path and (path[: len(parts)] == parts or parts[: len(path)] == path):
            return item
    return None


def config_problems(exc: ValidationError, source: str, root: type[BaseModel],
                    overrides: list[str] | None = None) -> list[str]:
    """One line per validation problem, naming the file (or the override that caused it) and the key."""
    out = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        item = _blamed(err["loc"], list(overrides or []))
        origin = f"override '{item}' (on {source})" if item else source
        if err["type"] == "extra_forbidden":
            parent = "".join(f"{p}." for p in err["loc"][:-1])
            hint = did_you_mean(str(err["loc"][-1]), known_keys(err["loc"], root), parent)
            out.append(f"{origin}: unknown key '{where}'; remove it or fix its spelling{hint}")
        else:
            text = err["msg"].removeprefix("Value error, ")
            out.append(f"{origin}: {where}: {text}" if where else f"{origin}: {text}")
    return out
