"""``interventions:`` config: expansion into model names, and errors naming the file and the dotted key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from emcode.config import load_config, validate_config
from emcode.direction.spec import intervention_models
from emcode.errors import EmcodeError

BASE: dict[str, Any] = {
    "adapters": [{"name": "misaligned", "path": "/tmp/adapter"}],
    "benchmarks": {"security": {}},
}


def _cfg(interventions: list[dict[str, Any]], models: list[str], **extra: Any) -> Any:
    return validate_config({**BASE, "interventions": interventions, "evaluate": {"models": models}, **extra}, "d.yaml")


def test_entries_expand_to_models_with_controls_and_sweeps() -> None:
    cfg = _cfg([{"name": "ablate", "model": "misaligned", "direction": "base_to_misaligned", "mode": "ablate",
                 "layer": 15},
                {"name": "steer", "direction": "base_to_misaligned", "mode": "steer", "layer": [3, 9], "scale": 4,
                 "control": True},
                {"name": "nocontrol", "direction": "base_to_misaligned", "mode": "steer", "layer": 1,
                 "control": False}],
               ["base", "misaligned", "ablate", "steer", "nocontrol"])
    assert cfg.model_names() == ["base", "misaligned", "ablate", "ablate_random", "steer_L3", "steer_L3_random",
                                 "steer_L9", "steer_L9_random", "nocontrol"]
    models = intervention_models(cfg.interventions)
    assert models["steer_L9_random"].random and models["steer_L9_random"].layer == 9
    assert models["steer_L3"].label() == "base steer L3 ×4 (base_to_misaligned)"
    assert models["ablate_random"].label() == "misaligned ablate L15 (random control)"


@pytest.mark.parametrize(("entry", "message"), [
    ({"model": "nope"}, "interventions.0.model: 'nope' is neither 'base' nor an adapter name"),
    ({"direction": "base_to_aligned"}, "interventions.0.direction: its to model 'aligned'"),
    ({"direction": "basemisaligned"}, "interventions.0.direction"),
    ({"layer": -1}, "interventions.0.layer: give a layer index ≥ 0"),
    ({"layer": []}, "interventions.0.layer"),
    ({"mode": "push"}, "interventions.0.mode"),
    ({"scale": 3.0}, "interventions.0.scale: only steering takes a scale"),
    ({"benchmark": "ifeval"}, "interventions.0.benchmark: 'ifeval' is not in benchmarks"),
    ({"name": "misaligned"}, "interventions.0.name: 'misaligned' is already a model"),
    ({"layr": 3}, "unknown key 'interventions.0.layr'"),
    ({"mode": "steer", "skip_first": True}, "interventions.0.skip_first: only an ablation"),
    ({"mode": "steer", "from_layer": True}, "interventions.0.from_layer: only an ablation"),
])
def test_bad_entries_name_the_file_and_key(entry: dict[str, Any], message: str) -> None:
    good = {"name": "ablate", "model": "misaligned", "direction": "base_to_misaligned", "mode": "ablate", "layer": 2}
    with pytest.raises(EmcodeError) as err:
        _cfg([{**good, **entry}], ["base"])
    assert str(err.value).startswith("d.yaml") and message in str(err.value)


def test_interventions_need_the_in_process_backend() -> None:
    entry = {"name": "steer", "direction": "base_to_misaligned", "mode": "steer", "layer": 2}
    with pytest.raises(EmcodeError, match="generation.backend: hf"):
        _cfg([entry], ["steer"], generation={"backend": "fake"})
    _cfg([entry], ["base"], generation={"backend": "fake"})  # declared but not evaluated: fine


def test_unknown_evaluated_name_lists_interventions() -> None:
    entry = {"name": "steer", "direction": "base_to_misaligned", "mode": "steer", "layer": 2}
    with pytest.raises(EmcodeError, match=r"'stear' is neither 'base' nor an adapter or intervention name \(misaligned, "
                                          r"steer\)"):
        _cfg([entry], ["stear"])


@pytest.mark.parametrize("name", ["direction_quick.yaml", "direction_gpu.yaml"])
def test_shipped_configs_validate(name: str) -> None:
    path = Path(__file__).resolve().parents[2] / "configs" / name
    cfg = load_config(path)
    names = cfg.model_names()
    assert {"ablate", "ablate_random"} <= set(names) or {"steer", "steer_random"} <= set(names) \
        or any(n.startswith("ablate_L") for n in names)
    hooked = [n for n in names if n in intervention_models(cfg.interventions)]
    assert hooked and all(n.endswith("_random") or f"{n}_random" in names for n in hooked)  # each with its control
