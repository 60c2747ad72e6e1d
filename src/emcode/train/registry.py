"""Training methods by name: ``AdapterSpec.method`` → the function that trains one adapter.

Each entry is a ``"module:attr"`` string imported when used, so naming a method loads nothing
heavy. A new method is one module with a ``train_*`` function of the same signature as
:func:`emcode.train.sft.train_lora`, its settings class in ``emcode.config.TRAIN_METHODS`` and
one line here.
"""

from __future__ import annotations

import importlib
from typing import Any

from emcode.errors import EmcodeError

TRAINERS: dict[str, str] = {
    "sft": "emcode.train.sft:train_lora",
    "dpo": "emcode.train.dpo:train_dpo",
}


def get_trainer(method: str) -> Any:
    """The training function of ``method`` (resolved at call time, so tests can patch the module)."""
    if method not in TRAINERS:
        raise EmcodeError(f"unknown training method {method!r}; use one of {', '.join(TRAINERS)}")
    module, attr = TRAINERS[method].split(":")
    return getattr(importlib.import_module(module), attr)
