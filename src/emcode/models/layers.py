"""Find a causal LM's decoder layers (the residual stream's blocks) by structure, not by attribute names.

Families name the list differently (``model.layers``, ``transformer.h``, ``gpt_neox.layers``) and
peft wraps it once more; the decoder layers are the longest ``ModuleList`` whose children all share
one class, which also holds for every family emcode tests.
"""

from __future__ import annotations

from typing import Any

from emcode.errors import EmcodeError


def decoder_layers(model: Any) -> list[Any]:
    """The decoder layers in order (a ``ModuleList`` of identical blocks); error when none is found."""
    import torch

    best: list[Any] = []
    for _, module in model.named_modules():
        if isinstance(module, torch.nn.ModuleList) and len(module) > len(best):
            kinds = {type(child) for child in module}
            if len(kinds) == 1:
                best = list(module)
    expected = getattr(getattr(model, "config", None), "num_hidden_layers", None)
    if not best or (expected is not None and len(best) != expected):
        found = f"{len(best)} identical blocks" if best else "no ModuleList of identical blocks"
        raise EmcodeError(f"{type(model).__name__}: cannot find its decoder layers ({found}, config says "
                          f"{expected}); this model's architecture is not supported for directions")
    return best


def hidden_of(output: Any) -> Any:
    """The hidden-state tensor a decoder layer returned (a tensor, or the first item of a tuple)."""
    return output[0] if isinstance(output, tuple) else output


def replace_hidden(output: Any, hidden: Any) -> Any:
    """The layer output with its hidden state replaced, in the same shape (tensor or tuple)."""
    return (hidden, *output[1:]) if isinstance(output, tuple) else hidden
