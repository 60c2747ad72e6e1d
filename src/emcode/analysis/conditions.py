"""Model name → experimental condition: the one place that undoes the config's seed suffix.

With several ``seeds``, :meth:`emcode.config.Experiment.expanded_adapters` names each trained
adapter ``<name>_s<seed>`` (``sec_s0``, ``sec_s1`` → condition ``sec``); per-epoch checkpoints
are ``<model>@epoch-N`` (``sec_s0@epoch-1`` → condition ``sec@epoch-1``). ``base`` is its own
condition. When the run's config is at hand its exact name list is used; otherwise the suffix
rule below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from emcode.config import Experiment

BASE = "base"
SEED_SUFFIX = re.compile(r"^(?P<name>.+)_s(?P<seed>\d+)$")
CHECKPOINT_SEP = "@"


def condition_of(model: str, known: Mapping[str, str] | None = None) -> str:
    """The condition a model belongs to (seed suffix stripped, checkpoint tag kept)."""
    head, sep, tail = model.partition(CHECKPOINT_SEP)
    if known is not None and head in known:
        return known[head] + sep + tail
    match = SEED_SUFFIX.match(head)
    return (match.group("name") if match else head) + sep + tail


def seed_of(model: str) -> int | None:
    """The seed in a ``<name>_s<seed>`` model name, None without one."""
    match = SEED_SUFFIX.match(model.partition(CHECKPOINT_SEP)[0])
    return int(match.group("seed")) if match else None


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
    return CHECKPOINT_SEP in name
