"""Model name → experimental condition: the one place that undoes the config's seed suffix.

With several ``seeds``, :meth:`emcode.config.Experiment.expanded_adapters` names each trained
adapter ``<name>_s<seed>`` (``sec_s0``, ``sec_s1`` → condition ``sec``); per-epoch checkpoints
are ``<model>@epoch-N`` (``sec_s0@epoch-1`` → condition ``sec@epoch-1``). ``base`` is its own
condition. When the run's config is at hand its exact name list is used; otherwise the suffix
rule of :class:`emcode.runs.RunDir`, which builds and parses both suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from emcode.config import Experiment
from emcode.runs import RunDir

BASE = "base"


def condition_of(model: str, known: Mapping[str, str] | None = None) -> str:
    """The condition a model belongs to (seed suffix stripped, checkpoint tag kept)."""
    head, epoch = RunDir.split_checkpoint(model)
    cond = known[head] if known is not None and head in known else RunDir.split_seed(head)[0]
    return cond if epoch is None else RunDir.checkpoint_name(cond, epoch)


def seed_of(model: str) -> int | None:
    """The seed in a ``<name>_s<seed>`` model name, None without one."""
    return RunDir.split_seed(RunDir.split_checkpoint(model)[0])[1]


def config_conditions(cfg: Experiment) -> dict[str, str]:
    """Run model name → adapter (condition) name for every adapter of a config, seeds expanded."""
    return {name: spec.name for name, spec, _ in cfg.expanded_adapters()}


def group_models(models: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """Condition → its models, both in first-seen order."""
    out: dict[str, list[str]] = {}
    for m in models:
        out.setdefault(condition_of(m, known), []).append(m)
    return out


def is_checkpoint(name: str) -> bool:
    """True for a per-epoch checkpoint (``name@epoch-N``), which is not an independent condition."""
    return RunDir.is_checkpoint(name)
