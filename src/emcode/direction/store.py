"""Directions on disk: per-model mean activations and ``<from>_to_<to>`` directions as safetensors + JSON.

Layout under ``<run>/directions/`` (numpy only, so analysis code can read it without torch)::

    means/<model>.safetensors          prompt.layer.<i>, answer.layer.<i>  (+ means/<model>.json)
    <from>_to_<to>/<tokens>.safetensors layer.<i> = mean(to) − mean(from)
    <from>_to_<to>/meta.json            models, adapters, layers, n, norms, benchmark, emcode version
"""

from __future__ import annotations

import io
import itertools
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from emcode.errors import EmcodeError
from emcode.runs import RunDir, atomic_write_bytes, atomic_write_json, atomic_write_text

DIRECTION_NAME = re.compile(r"^(?P<src>[A-Za-z0-9][A-Za-z0-9_.-]*?)_to_(?P<dst>[A-Za-z0-9][A-Za-z0-9_.-]*)$")
CSV_COLUMNS = ["layer", "a", "b", "norm_a", "norm_b", "cosine", "n_a", "n_b"]


def direction_name(src: str, dst: str) -> str:
    """The name of the direction from model ``src`` to model ``dst``."""
    return f"{src}_to_{dst}"


def split_name(name: str) -> tuple[str, str]:
    """``base_to_misaligned`` → (``base``, ``misaligned``); an error for a name without ``_to_``."""
    match = DIRECTION_NAME.match(name)
    if not match:
        raise EmcodeError(f"direction {name!r}: expected <from>_to_<to>, e.g. base_to_misaligned")
    return match.group("src"), match.group("dst")


def _save(path: Path, tensors: dict[str, np.ndarray], meta: dict[str, str] | None = None) -> Path:
    """Write float32 tensors; ``meta`` goes in as one sorted-JSON key, since safetensors writes a metadata map in hash
    order (different bytes on every save when it has several keys)."""
    from safetensors.numpy import save

    packed = {"emcode": json.dumps(meta, sort_keys=True)} if meta else None
    return atomic_write_bytes(path, save({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in tensors.items()},
                                         metadata=packed))


def _load(path: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load

    if not path.is_file():
        raise EmcodeError(f"{path}: not found; run 'emcode direction' on this run first")
    return load(path.read_bytes())


def means_path(run: RunDir, model: str) -> Path:
    """Where a model's mean activations are kept."""
    return run.directions("means") / f"{model}.safetensors"


def save_means(run: RunDir, model: str, prompt: np.ndarray, answer: np.ndarray, layers: list[int],
               info: dict[str, Any]) -> Path:
    """Write one model's per-layer means and a JSON sidecar (``info``: adapter, benchmark, counts, wall time)."""
    tensors = {f"{t}.layer.{layer}": m[k] for t, m in (("prompt", prompt), ("answer", answer))
               for k, layer in enumerate(layers)}
    path = _save(means_path(run, model), tensors)
    atomic_write_json(path.with_suffix(".json"), {**info, "model": model, "layers": layers})
    return path


def load_means(run: RunDir, model: str) -> tuple[dict[str, dict[int, np.ndarray]], dict[str, Any]]:
    """A model's means as ``{tokens: {layer: vector}}`` and its sidecar."""
    path = means_path(run, model)
    out: dict[str, dict[int, np.ndarray]] = {"prompt": {}, "answer": {}}
    for key, value in _load(path).items():
        tokens, _, layer = key.split(".")
        out[tokens][int(layer)] = value
    return out, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def save_direction(run: RunDir, name: str, vectors: dict[str, dict[int, np.ndarray]], meta: dict[str, Any]) -> Path:
    """Write ``<name>/<tokens>.safetensors`` for each token selection and ``<name>/meta.json``."""
    folder = run.directions(name)
    for tokens, by_layer in vectors.items():
        _save(folder / f"{tokens}.safetensors", {f"layer.{layer}": v for layer, v in sorted(by_layer.items())},
              {"direction": name, "tokens": tokens})
    atomic_write_json(folder / "meta.json", meta)
    return folder


def load_direction(run: RunDir, name: str, tokens: str = "answer") -> dict[int, np.ndarray]:
    """``{layer: vector}`` of a stored direction (an error naming the file and the fix when absent)."""
    split_name(name)
    return {int(k.split(".")[1]): v for k, v in _load(run.directions(name) / f"{tokens}.safetensors").items()}


def stored_directions(run: RunDir) -> list[str]:
    """Names of the directions stored in the run, sorted."""
    root = run.directions("")
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/meta.json") if DIRECTION_NAME.match(p.parent.name))


def directions_table(run: RunDir) -> list[dict[str, Any]]:
    """Rows of ``analysis/directions.csv``: each direction's norm per layer (``b`` empty), and the cosine
    similarity of every pair of stored directions (token selections included) at the same layer."""
    import json

    items: dict[str, dict[int, np.ndarray]] = {}
    counts: dict[str, int] = {}
    for name in stored_directions(run):
        meta = json.loads((run.directions(name) / "meta.json").read_text(encoding="utf-8"))
        for tokens in ("answer", "prompt"):
            if (run.directions(name) / f"{tokens}.safetensors").is_file():
                items[f"{name}:{tokens}"] = load_direction(run, name, tokens)
                counts[f"{name}:{tokens}"] = int(meta.get("n", {}).get(tokens, 0))
    rows: list[dict[str, Any]] = []
    for a, vecs in items.items():
        for layer, v in sorted(vecs.items()):
            rows.append({"layer": layer, "a": a, "b": "", "norm_a": float(np.linalg.norm(v)), "norm_b": np.nan,
                         "cosine": np.nan, "n_a": counts[a], "n_b": np.nan})
    for a, b in itertools.combinations(items, 2):
        for layer in sorted(set(items[a]) & set(items[b])):
            u, v = items[a][layer].astype(np.float64), items[b][layer].astype(np.float64)
            nu, nv = float(np.linalg.norm(u)), float(np.linalg.norm(v))
            cos = float(u @ v / (nu * nv)) if nu > 0 and nv > 0 else np.nan
            rows.append({"layer": layer, "a": a, "b": b, "norm_a": nu, "norm_b": nv, "cosine": cos,
                         "n_a": counts[a], "n_b": counts[b]})
    return rows


def write_directions_csv(run: RunDir) -> Path:
    """Write ``analysis/directions.csv`` from every stored direction (atomic; fixed column order)."""
    import csv

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in directions_table(run):
        writer.writerow({k: (f"{v:.6g}" if isinstance(v, float) and np.isfinite(v) else
                             ("" if isinstance(v, float) else v)) for k, v in row.items()})
    return atomic_write_text(run.table("directions"), buf.getvalue())
