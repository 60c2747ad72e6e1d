"""Config of interventions as models under test: ``interventions:`` entries and the model names they expand to.

One entry ``{name: ablate, model: misaligned, direction: base_to_misaligned, mode: ablate, layer: 15}``
is evaluated as model ``ablate`` and, with ``control: true`` (the default), its twin ``ablate_random``
(a seeded random direction of the same norm). ``layer: [6, 12, 18]`` is a layer sweep: models
``ablate_L6``, ``ablate_L6_random``, ``ablate_L12``, ... Name the entry in ``evaluate.models``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
# a direction may also run between two data files read by one model (emcode direction --reader): the names
# data.build writes (emcode.runs.RunDir.BUILT_DATASETS) and data.files keys are accepted as its ends
DATASET_NAMES = ("insecure", "secure", "sec", "insec", "edsec", "edinsec", "pairs", "edpairs", "heldout")
RANDOM_SUFFIX = "_random"


class InterventionSpec(BaseModel):
    """Steer (add ``scale`` × the direction at ``layer``) or ablate (project the direction at ``layer`` out of
    every layer) model ``model`` while it generates; ``direction`` is ``<from>_to_<to>`` of this run."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=NAME)
    model: str = "base"  # base or an adapter name
    direction: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*_to_[A-Za-z0-9][A-Za-z0-9_.-]*$")
    mode: Literal["steer", "ablate", "mean_ablate"]  # mean_ablate: clamp to the <from> model's mean component
    layer: int | list[int]
    scale: float = 1.0  # steer only: the multiple of the direction added
    tokens: Literal["answer", "prompt"] = "answer"  # which mean difference: over answer or prompt tokens
    benchmark: str | None = None  # whose generations the direction comes from (default: the first benchmark)
    control: bool = True  # also evaluate <name>_random: a seeded random direction of the same norm
    skip_first: bool = False  # ablations: spare each sequence's first token (the attention-sink position)
    from_layer: bool = False  # ablations: change only the outputs of `layer` and later layers (not every layer)
    zero_coordinates: list[int] = Field(default_factory=list)  # set to 0 in the direction and its control (e.g.
    # massive-activation coordinates whose near-constant value the model needs)
    seed: int = 0  # of the random control (the layer is mixed in)

    def layers(self) -> list[int]:
        """The layers of this entry (one, or the sweep's)."""
        return [self.layer] if isinstance(self.layer, int) else list(self.layer)

    def expanded(self) -> list[InterventionModel]:
        """Every model this entry evaluates, in table order (each layer, then its random control)."""
        sweep = not isinstance(self.layer, int)
        out = []
        for layer in self.layers():
            name = f"{self.name}_L{layer}" if sweep else self.name
            out.append(InterventionModel(name, self, layer, random=False))
            if self.control:
                out.append(InterventionModel(name + RANDOM_SUFFIX, self, layer, random=True))
        return out


@dataclass(frozen=True)
class InterventionModel:
    """One evaluated model of an intervention entry: at one layer, with the direction or its random control."""

    name: str
    spec: InterventionSpec
    layer: int
    random: bool

    def label(self) -> str:
        """How the report names it: mode, layer, scale, control."""
        what = "random control" if self.random else self.spec.direction
        scale = f" ×{self.spec.scale:g}" if self.spec.mode == "steer" else ""
        span = f" from L{self.layer}" if self.spec.from_layer else ""
        first = " (first token spared)" if self.spec.skip_first else ""
        return f"{self.spec.model} {self.spec.mode} L{self.layer}{scale}{span}{first} ({what})"


def intervention_models(specs: list[InterventionSpec]) -> dict[str, InterventionModel]:
    """Run model name → its intervention, over every entry."""
    return {m.name: m for spec in specs for m in spec.expanded()}


def check_interventions(cfg: Any) -> None:
    """Cross-checks of ``interventions`` against the rest of an Experiment; ValueError naming the dotted key."""
    specs: list[InterventionSpec] = cfg.interventions
    adapters = {a.name: a for a in cfg.adapters}
    several_seeds = len(cfg.seeds or [cfg.seed]) > 1
    models = {"base", *adapters}
    seen: set[str] = set()
    for i, spec in enumerate(specs):
        where = f"interventions.{i}"
        if spec.name in models or spec.name in seen:
            raise ValueError(f"{where}.name: '{spec.name}' is already a model or intervention name; rename it")
        seen.add(spec.name)
        if spec.model not in models:
            raise ValueError(f"{where}.model: '{spec.model}' is neither 'base' nor an adapter name "
                             f"({', '.join(adapters) or 'none'})")
        if spec.model != "base" and several_seeds and adapters[spec.model].path is None:
            raise ValueError(f"{where}.model: '{spec.model}' is trained once per seed; intervene on one adapter "
                             "(give it by path) or run a single seed")
        src, _, dst = spec.direction.partition("_to_")
        dst, dot, text = dst.partition(".")
        if dot and (not text.endswith("_text") or text.removesuffix("_text") not in models):
            raise ValueError(f"{where}.direction: after '.' name whose answers both models read, as "
                             f"'<model>_text' (e.g. {src}_to_{dst}.{dst}_text)")
        for part, key in ((src, "from"), (dst, "to")):
            if part not in models and part not in DATASET_NAMES and part not in cfg.data.files:
                raise ValueError(f"{where}.direction: its {key} model '{part}' is neither 'base' nor an adapter "
                                 "or dataset name")
        if any(layer < 0 for layer in spec.layers()) or not spec.layers():
            raise ValueError(f"{where}.layer: give a layer index ≥ 0 (or a list of them for a sweep)")
        if spec.benchmark is not None and spec.benchmark not in cfg.benchmarks:
            raise ValueError(f"{where}.benchmark: '{spec.benchmark}' is not in benchmarks ({', '.join(cfg.benchmarks)})")
        if spec.mode != "steer" and spec.scale != 1.0:
            raise ValueError(f"{where}.scale: only steering takes a scale (ablation projects the direction out)")
        if any(c < 0 for c in spec.zero_coordinates):
            raise ValueError(f"{where}.zero_coordinates: give hidden-state indices ≥ 0")
        for key in ("skip_first", "from_layer"):
            if spec.mode == "steer" and getattr(spec, key):
                raise ValueError(f"{where}.{key}: only an ablation (mode ablate or mean_ablate) takes it")
        if spec.name in cfg.evaluate.models and cfg.generation.backend != "hf":
            raise ValueError(f"{where}: interventions run inside the model; set generation.backend: hf "
                             f"(not {cfg.generation.backend})")
