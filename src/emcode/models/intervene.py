"""Interventions on a loaded transformers model: add a direction at one layer, or project it out everywhere.

Forward hooks on the decoder layers (found by structure, :func:`emcode.models.layers.decoder_layers`)
change the residual stream during generation, prompt and generated tokens alike:

- **steer** — ``h ← h + scale · v`` on the output of layer ``layer``;
- **ablate** — ``h ← h − (h · û) û`` with û = v / |v| on the embeddings and on every layer's output;
- **mean_ablate** — ``h ← h − (h · û − a_l) û`` on every layer l's output: the component along û is set to
  ``a_l``, the reference model's mean component there, instead of 0. A residual stream often carries a few
  huge constant coordinates; zeroing a direction that leans on them breaks the model, clamping it does not.

Either ablation may spare the first token (``skip_first``: the attention-sink position, whose activations are
orders of magnitude larger than the rest) and may start at the direction's own layer (``start``: the outputs of
that layer and the later ones, the embeddings and earlier layers untouched).

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
    skip_first: bool = False  # ablations: leave each sequence's first real token (position 0) as it is
    start: int = 0  # ablations: the first decoder layer whose output is changed (>0: embeddings untouched too)


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
    if not 0 <= intervention.start < len(layers):
        raise EmcodeError(f"ablation start {intervention.start}: this model has layers 0–{len(layers) - 1}")
    unit = (vec / norm).to(ref.device)
    anchors = (0.0,) * len(layers) if intervention.mode == "ablate" else intervention.anchors
    if anchors is None or len(anchors) != len(layers):
        raise EmcodeError(f"mean_ablate needs one anchor per decoder layer ({len(layers)}), got "
                          f"{0 if anchors is None else len(anchors)}")

    def project(h: Any, anchor: float, positions: Any = None) -> Any:
        u = unit.to(h.dtype)
        change = ((h @ u) - anchor).unsqueeze(-1) * u
        if intervention.skip_first:
            change = change * _not_first(h, positions).unsqueeze(-1).to(h.dtype)
        return h - change

    def ablate(anchor: float) -> Any:
        def hook(module: Any, args: Any, kwargs: Any, output: Any) -> Any:
            return replace_hidden(output, project(hidden_of(output), anchor, kwargs.get("position_ids")))
        return hook

    handles = []
    if intervention.mode == "ablate" and intervention.start == 0:
        if intervention.skip_first:  # the embeddings as layer 0 reads them, where the positions are known
            def embed(module: Any, args: Any, kwargs: Any) -> Any:
                if args:
                    return (project(args[0], 0.0, kwargs.get("position_ids")), *args[1:]), kwargs
                return args, {**kwargs, "hidden_states": project(kwargs["hidden_states"], 0.0,
                                                                 kwargs.get("position_ids"))}
            handles.append(layers[0].register_forward_pre_hook(embed, with_kwargs=True))
        else:
            handles.append(model.get_input_embeddings().register_forward_hook(lambda m, a, out: project(out, 0.0)))
    handles += [layer.register_forward_hook(ablate(float(a)), with_kwargs=True)
                for i, (layer, a) in enumerate(zip(layers, anchors, strict=True)) if i >= intervention.start]
    return Hooks(handles)


def _not_first(h: Any, positions: Any) -> Any:
    """1 where a token is not its sequence's first real token, 0 where it is (from the layer's position ids;
    without them, column 0 of a multi-token pass is taken as the first: right- or un-padded input)."""
    import torch

    if positions is not None:
        return (positions != 0).expand(h.shape[:-1])
    keep = torch.ones(h.shape[:-1], dtype=torch.bool, device=h.device)
    if h.shape[-2] > 1:
        keep[..., 0] = False
    return keep


def attach(generator: Any, intervention: Intervention) -> Hooks:
    """Install ``intervention`` on an in-process generator's model (the ``hf`` backend's ``generator.model``)."""
    model = getattr(generator, "model", None)
    if model is None or not hasattr(model, "named_modules"):
        raise EmcodeError(f"generator {getattr(generator, 'name', '?')!r} has no in-process transformers model; "
                          "interventions need generation.backend: hf")
    return install(model, intervention)
