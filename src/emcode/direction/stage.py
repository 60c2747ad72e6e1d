"""The direction stage: extract ``<from>_to_<to>`` from a run's generations, and build interventions from it.

A direction is mean(to) − mean(from) per decoder layer, where each model's mean is taken over its own
answers to the same prompts (teacher-forced, :mod:`emcode.direction.extract`). Per-model means are
cached under ``directions/means/`` with the prompts they cover, so a second pair reuses them.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import numpy as np

from emcode import __version__
from emcode.config import Experiment
from emcode.direction.extract import TOKENS, Conversation, Means, mean_activations
from emcode.direction.spec import InterventionModel
from emcode.direction.store import (
    direction_name,
    load_direction,
    load_means,
    means_path,
    save_direction,
    save_means,
    split_name,
    write_directions_csv,
)
from emcode.errors import EmcodeError
from emcode.models.intervene import Intervention, random_like
from emcode.runs import RunDir, read_jsonl


def adapter_of(cfg: Experiment, run: RunDir, model: str) -> Path | None:
    """The adapter folder behind a run model name (None for ``base``)."""
    if model == "base":
        return None
    spec = {name: s for name, s, _ in cfg.expanded_adapters()}.get(model)
    if spec is None:
        raise EmcodeError(f"model '{model}' is neither 'base' nor an adapter of this run "
                          f"({', '.join(cfg.adapter_names()) or 'none'})")
    return spec.path if spec.path is not None else run.adapter(model)


def conversations(run: RunDir, model: str, benchmark: str) -> dict[tuple[str, int], Conversation]:
    """A model's finished generations of one benchmark, keyed by (sample id, sample index)."""
    path = run.generations(model, benchmark)
    if not path.is_file():
        raise EmcodeError(f"{path}: no finished generations of '{model}' on {benchmark}; a direction needs them "
                          f"(run 'emcode generate {run.root}' with '{model}' in evaluate.models first)")
    return {(r["sample_id"], int(r["sample_index"])): Conversation(r["prompt"], r["text"]) for r in read_jsonl(path)}


def _keys_hash(keys: list[tuple[str, int]]) -> str:
    return hashlib.sha256("\n".join(f"{k}\x00{i}" for k, i in keys).encode()).hexdigest()[:16]


def model_means(cfg: Experiment, run: RunDir, model: str, benchmark: str, keys: list[tuple[str, int]],
                *, precision: str, batch_size: int, console: Any = None) -> tuple[Means, dict[str, Any]]:
    """A model's per-layer means over the conversations ``keys`` (from the cache when it covers the same ones)."""
    want = {"benchmark": benchmark, "keys": _keys_hash(keys), "precision": precision}
    if means_path(run, model).is_file():
        cached, info = load_means(run, model)
        if all(info.get(k) == v for k, v in want.items()):
            layers = info["layers"]
            return Means(layers, np.stack([cached["prompt"][i] for i in layers]),
                         np.stack([cached["answer"][i] for i in layers]), info["n_prompt"], info["n_answer"]), info
    from emcode.memory import release_memory
    from emcode.models.loading import load_model

    convs = conversations(run, model, benchmark)
    adapter = adapter_of(cfg, run, model)
    if console is not None:
        console.print(f"direction: mean activations of {model} over {len(keys)} {benchmark} answers")
    t0 = time.perf_counter()
    net, tok = load_model(cfg.base_model, adapter, device=cfg.generation.device)
    if adapter is not None:
        net = net.merge_and_unload()
    net.eval()
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    means = mean_activations(net, tok, [convs[k] for k in keys], batch_size=batch_size, precision=precision)
    info = {**want, "adapter": str(adapter) if adapter else None, "n_prompt": means.n_prompt,
            "n_answer": means.n_answer, "load_s": round(load_s, 2), "forward_s": round(time.perf_counter() - t1, 2),
            "emcode_version": __version__}
    del net
    release_memory()
    save_means(run, model, means.prompt, means.answer, means.layers, info)
    return means, {**info, "layers": means.layers}


def extract_direction(cfg: Experiment, run: RunDir, src: str, dst: str, *, benchmark: str | None = None,
                      layers: list[int] | None = None, tokens: tuple[str, ...] = TOKENS, precision: str = "fp32",
                      batch_size: int = 16, console: Any = None) -> Path:
    """Write direction ``<src>_to_<dst>`` (each token selection) over the prompts both models answered,
    and refresh ``analysis/directions.csv``; returns the direction's folder."""
    bench = benchmark or next(iter(cfg.benchmarks))
    t0 = time.perf_counter()
    a, b = conversations(run, src, bench), conversations(run, dst, bench)
    keys = sorted(set(a) & set(b))
    if not keys:
        raise EmcodeError(f"'{src}' and '{dst}' share no answered prompt on {bench}; nothing to average")
    m_src, info_src = model_means(cfg, run, src, bench, keys, precision=precision, batch_size=batch_size,
                                  console=console)
    m_dst, info_dst = model_means(cfg, run, dst, bench, keys, precision=precision, batch_size=batch_size,
                                  console=console)
    chosen = m_src.layers if layers is None else sorted(set(layers))
    bad = sorted(set(chosen) - set(m_src.layers))
    if bad:
        raise EmcodeError(f"--layers: layer {bad[0]} does not exist; this model has layers 0–{max(m_src.layers)}")
    idx = [m_src.layers.index(layer) for layer in chosen]
    vectors = {t: {layer: (m_dst.of(t)[k] - m_src.of(t)[k]) for layer, k in zip(chosen, idx, strict=True)}
               for t in tokens}
    name = direction_name(src, dst)
    meta = {
        "name": name, "from": src, "to": dst, "base_model": cfg.base_model, "benchmark": bench,
        "adapters": {src: info_src.get("adapter"), dst: info_dst.get("adapter")}, "layers": chosen,
        "tokens": list(tokens), "n": {"prompt": min(m_src.n_prompt, m_dst.n_prompt),
                                      "answer": min(m_src.n_answer, m_dst.n_answer)},
        "conversations": len(keys), "precision": precision, "emcode_version": __version__,
        "norms": {t: {str(layer): round(float(np.linalg.norm(v)), 6) for layer, v in vectors[t].items()}
                  for t in tokens},
        "from_norms": {t: {str(layer): round(float(np.linalg.norm(m_src.of(t)[k])), 6)
                           for layer, k in zip(chosen, idx, strict=True)} for t in tokens},
        "wall_s": {"total": round(time.perf_counter() - t0, 2),
                   src: info_src.get("forward_s"), dst: info_dst.get("forward_s")},
    }
    folder = save_direction(run, name, vectors, meta)
    write_directions_csv(run)
    return folder


def prepare_intervention(cfg: Experiment, run: RunDir, manifest: Any, console: Any,
                         model: InterventionModel) -> Intervention:
    """The intervention of one evaluated model: its direction (extracted now if the run has none yet) at its
    layer, or the seeded random control of the same norm."""
    spec = model.spec
    folder = run.directions(spec.direction)
    if not (folder / f"{spec.tokens}.safetensors").is_file():
        src, dst = split_name(spec.direction)
        with manifest.stage("direction") as details:
            extract_direction(cfg, run, src, dst, benchmark=spec.benchmark, console=console)
            details[spec.direction] = {"benchmark": spec.benchmark or next(iter(cfg.benchmarks))}
    vectors = load_direction(run, spec.direction, spec.tokens)
    if model.layer not in vectors:
        raise EmcodeError(f"interventions '{spec.name}': layer {model.layer} is not in direction {spec.direction} "
                          f"(layers {min(vectors)}–{max(vectors)})")
    vec = vectors[model.layer]
    if model.random:
        vec = random_like(vec, seed=(spec.seed, model.layer))
    return Intervention(spec.mode, model.layer, vec, spec.scale)
