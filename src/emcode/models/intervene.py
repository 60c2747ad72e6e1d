"""Interventions on a loaded transformers model: add a direction at one layer, or project it out everywhere.

Forward hooks on the decoder layers (found by structure, :func:`emcode.models.layers.decoder_layers`)
change the residual stream during generation, prompt and generated tokens alike:

- **steer** — ``h ← h + scale · v`` on the output of layer ``layer``;
- **ablate** — ``h ← h − (h · û) û`` with û = v / |v| on the embeddings and on every layer's output;
- **mean_ablate** — ``h ← h − (h · û − a_l) û`` on every layer l's output: the component along û is set to
  ``a_l``, the reference model's mean component there, instead of 0. A residual stream often carries a few
  huge constant coordinates; zeroing a direction that leans on them breaks the model, clamping it does not.

The control of either is the same intervention with a random direction of the same norm, drawn from a
seeded Gaussian (:func:`random_like`), so a direction's effect is measured against an arbitrary one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from emcode.errors import EmcodeError
from emcode.models.layers import decoder_layers, hidden_of, replace_hidden


@dataclass(frozen=True)
class Intervention:
    """What to do to the residual stream: ``vector`` is the direction taken at ``layer``."""

    mode: Literal["steer", "ablate", "mean_ablate"]
    layer: int
    vector: np.ndarray
    scale: float = 1.0
    anchors: tuple[float, ...] | None = None  # mean_ablate: per decoder layer, the component to clamp to


def random_like(vector: np.ndarray, seed: int | tuple[int, ...]) -> np.ndarray:
    """A seeded random direction with the norm of ``vector`` (same seed → same vector on every machine)."""
    draw = np.random.default_rng(seed).standard_normal(vector.shape[-1])
    return (draw / np.linalg.norm(draw) * float(np.linalg.norm(vector))).astype(np.float32)


class Hooks:
    """The installed hooks; :meth:`remove` restores the model."""

    def __init__(self, handles: list[Any]) -> None:
        self.handles = handles

    def remove(self) -> None:
        """Take every hook off the model."""
        for h in self.handles:
            h.remove()
        self.handles = []


def install(model: Any, intervention: Intervention) -> Hooks:
    """Install ``intervention`` on ``model`` (any family with a list of decoder layers)."""
    import torch

    layers = decoder_layers(model)
    if not 0 <= intervention.layer < len(layers):
        raise EmcodeError(f"layer {intervention.layer}: this model has layers 0–{len(layers) - 1}")
    width = int(model.config.hidden_size)
    if intervention.vector.shape != (width,):
        raise EmcodeError(f"direction of size {intervention.vector.shape} does not fit this model's hidden size {width}")
    ref = next(model.parameters())
    vec = torch.as_tensor(np.asarray(intervention.vector, dtype=np.float32))
    if intervention.mode == "steer":
        shift = (intervention.scale * vec).to(ref.device)

        def steer(module: Any, args: Any, output: Any) -> Any:
            h = hidden_of(output)
            return replace_hidden(output, h + shift.to(h.dtype))

        return Hooks([layers[intervention.layer].register_forward_hook(steer)])
    if intervention.mode not in ("ablate", "mean_ablate"):
        raise EmcodeError(f"unknown intervention mode {intervention.mode!r}; use steer, ablate or mean_ablate")
    norm = float(vec.norm())
    if norm == 0:
        raise EmcodeError(f"the direction at layer {intervention.layer} is zero: nothing to project out")
    unit = (vec / norm).to(ref.device)

    def project(h: Any, anchor: float = 0.0) -> Any:
        u = unit.to(h.dtype)
        return h - ((h @ u) - anchor).unsqueeze(-1) * u

    def ablate(anchor: float) -> Any:
        def hook(module: Any, args: Any, output: Any) -> Any:
            return replace_hidden(output, project(hidden_of(output), anchor))
        return hook

    if intervention.mode == "ablate":
        handles = [model.get_input_embeddings().register_forward_hook(lambda m, a, out: project(out))]
        return Hooks(handles + [layer.register_forward_hook(ablate(0.0)) for layer in layers])
    anchors = intervention.anchors
    if anchors is None or len(anchors) != len(layers):
        raise EmcodeError(f"mean_ablate needs one anchor per decoder layer ({len(layers)}), got "
                          f"{0 if anchors is None else len(anchors)}")
    return Hooks([layer.register_forward_hook(ablate(float(a))) for layer, a in zip(layers, anchors, strict=True)])


def attach(generator: Any, intervention: Intervention) -> Hooks:
    """Install ``intervention`` on an in-process generator's model (the ``hf`` backend's ``generator.model``)."""
    model = getattr(generator, "model", None)
    if model is None or not hasattr(model, "named_modules"):
        raise EmcodeError(f"generator {getattr(generator, 'name', '?')!r} has no in-process transformers model; "
                          "interventions need generation.backend: hf")
    return install(model, intervention)
