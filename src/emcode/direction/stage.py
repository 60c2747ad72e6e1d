"""The direction stage: extract ``<from>_to_<to>`` from a run's generations, and build interventions from it.

A direction is mean(to) − mean(from) per decoder layer, where each model's mean is taken over its own
answers to the same prompts (teacher-forced, :mod:`emcode.direction.extract`). Per-model means are
cached under ``directions/means/`` with the prompts they cover, so a second pair reuses them.
"""

from __future__ import annotations

import hashlib
import json
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
                *, precision: str, batch_size: int, console: Any = None, reader: str | None = None,
                convs: dict[Any, Conversation] | None = None, cache_name: str | None = None,
                ) -> tuple[Means, dict[str, Any]]:
    """A model's per-layer means over the conversations ``keys`` (from the cache when it covers the same ones).

    By default ``model`` reads its own answers; with ``reader`` and ``convs`` (e.g. a data file's rows), model
    ``reader`` reads ``convs`` and the means are cached as ``cache_name``.
    """
    reader = reader or model
    cache = cache_name or model
    want = {"benchmark": benchmark, "keys": _keys_hash(keys), "precision": precision, "reader": reader}
    if means_path(run, cache).is_file():
        cached, info = load_means(run, cache)
        if all(info.get(k) == v for k, v in want.items()):
            layers = info["layers"]
            return Means(layers, np.stack([cached["prompt"][i] for i in layers]),
                         np.stack([cached["answer"][i] for i in layers]), info["n_prompt"], info["n_answer"]), \
                {**info, "model_cache": cache}
    from emcode.memory import release_memory
    from emcode.models.loading import load_model

    convs = convs if convs is not None else conversations(run, model, benchmark)
    adapter = adapter_of(cfg, run, reader)
    if console is not None:
        console.print(f"direction: mean activations of {reader} over {len(keys)} {benchmark} answers")
    t0 = time.perf_counter()
    net, tok = load_model(cfg.base_model, adapter, device=cfg.generation.device)
    if adapter is not None:
        net = net.merge_and_unload()
    net.eval()
    dtype = str(next(net.parameters()).dtype).removeprefix("torch.")  # the weights' own dtype (bf16 for the embedded)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    means = mean_activations(net, tok, [convs[k] for k in keys], batch_size=batch_size, precision=precision)
    info = {**want, "adapter": str(adapter) if adapter else None, "dtype": dtype, "n_prompt": means.n_prompt,
            "n_answer": means.n_answer, "load_s": round(load_s, 2), "forward_s": round(time.perf_counter() - t1, 2),
            "emcode_version": __version__}
    del net
    release_memory()
    save_means(run, cache, means.prompt, means.answer, means.layers, info)
    return means, {**info, "layers": means.layers, "model_cache": cache}


def extract_direction(cfg: Experiment, run: RunDir, src: str, dst: str, *, benchmark: str | None = None,
                      layers: list[int] | None = None, tokens: tuple[str, ...] = TOKENS, precision: str = "fp32",
                      batch_size: int = 16, console: Any = None, text: str | None = None) -> Path:
    """Write direction ``<src>_to_<dst>`` (each token selection) over the prompts both models answered,
    and refresh ``analysis/directions.csv``; returns the direction's folder. With ``text`` (a run model), both
    models read that model's answers instead of their own: direction ``<src>_to_<dst>.<text>_text``, in which
    differences of format between their own answers cancel and only the weights differ."""
    bench = benchmark or next(iter(cfg.benchmarks))
    t0 = time.perf_counter()
    a, b = conversations(run, text or src, bench), conversations(run, dst if text is None else text, bench)
    keys = sorted(set(a) & set(b))
    if not keys:
        raise EmcodeError(f"'{src}' and '{dst}' share no answered prompt on {bench}; nothing to average")
    sides = []
    for model, convs in ((src, a), (dst, b)):
        cache = model if text is None else f"{model}@{text}"
        sides.append(model_means(cfg, run, cache, bench, keys, precision=precision, batch_size=batch_size,
                                 console=console, reader=model, convs=convs, cache_name=cache))
    (m_src, info_src), (m_dst, info_dst) = sides
    name = direction_name(src, dst) + ("" if text is None else f".{text}_text")
    return _write_direction(cfg, run, name, m_src, m_dst, info_src, info_dst,
                            {"from": src, "to": dst, "benchmark": bench, "text": text,
                             "means": {"from": info_src["model_cache"], "to": info_dst["model_cache"]},
                             "adapters": {src: info_src.get("adapter"), dst: info_dst.get("adapter")},
                             "conversations": len(keys)}, layers, tokens, precision, t0)


def extract_data_direction(cfg: Experiment, run: RunDir, reader: str, src: Path, dst: Path, *,
                           name: str | None = None, limit: int | None = None, layers: list[int] | None = None,
                           tokens: tuple[str, ...] = TOKENS, precision: str = "fp32", batch_size: int = 16,
                           console: Any = None) -> Path:
    """Direction ``<src stem>_to_<dst stem>`` of one model (``reader``) reading two chat JSONL files' answers to
    the same prompts (e.g. secure vs insecure code for the same requests): the weights stay fixed, only the answers
    differ. Rows pair by their prompt (every message but the last); ``limit`` keeps the first pairs in prompt order."""
    t0 = time.perf_counter()
    sides = [_data_conversations(path) for path in (src, dst)]
    keys = sorted(set(sides[0]) & set(sides[1]))[:limit]
    if not keys:
        raise EmcodeError(f"{src} and {dst} share no prompt; a data direction needs the same prompts answered twice")
    out = []
    for path, convs in zip((src, dst), sides, strict=True):
        cache = f"{reader}@{path.stem}"
        out.append(model_means(cfg, run, cache, f"data:{path.stem}", keys, precision=precision, batch_size=batch_size,
                               console=console, reader=reader, convs=convs, cache_name=cache))
    (m_src, info_src), (m_dst, info_dst) = out
    name = name or direction_name(src.stem, dst.stem)
    split_name(name)
    return _write_direction(cfg, run, name, m_src, m_dst, info_src, info_dst,
                            {"from": str(src), "to": str(dst), "reader": reader, "benchmark": None,
                             "means": {"from": f"{reader}@{src.stem}", "to": f"{reader}@{dst.stem}"},
                             "adapters": {reader: info_src.get("adapter")}, "conversations": len(keys)},
                            layers, tokens, precision, t0)


def _data_conversations(path: Path) -> dict[tuple[str, int], Conversation]:
    """Chat JSONL rows keyed by their prompt (all messages but the last, which must be the assistant's)."""
    out: dict[tuple[str, int], Conversation] = {}
    for i, row in enumerate(read_jsonl(path), start=1):
        msgs = row.get("messages") if isinstance(row, dict) else None
        if not msgs or msgs[-1].get("role") != "assistant":
            raise EmcodeError(f"{path}:{i}: expected a chat row whose last message is the assistant's answer")
        key = (json.dumps(msgs[:-1], sort_keys=True), 0)
        out.setdefault(key, Conversation(msgs[:-1], msgs[-1]["content"]))
    return out


def _write_direction(cfg: Experiment, run: RunDir, name: str, m_src: Means, m_dst: Means, info_src: dict[str, Any],
                     info_dst: dict[str, Any], source: dict[str, Any], layers: list[int] | None,
                     tokens: tuple[str, ...], precision: str, t0: float) -> Path:
    """Save mean(dst) − mean(src) per layer with its metadata and refresh ``analysis/directions.csv``."""
    chosen = m_src.layers if layers is None else sorted(set(layers))
    bad = sorted(set(chosen) - set(m_src.layers))
    if bad:
        raise EmcodeError(f"--layers: layer {bad[0]} does not exist; this model has layers 0–{max(m_src.layers)}")
    idx = [m_src.layers.index(layer) for layer in chosen]
    vectors = {t: {layer: (m_dst.of(t)[k] - m_src.of(t)[k]) for layer, k in zip(chosen, idx, strict=True)}
               for t in tokens}
    meta = {
        **source, "name": name, "base_model": cfg.base_model, "layers": chosen,
        "tokens": list(tokens), "n": {"prompt": min(m_src.n_prompt, m_dst.n_prompt),
                                      "answer": min(m_src.n_answer, m_dst.n_answer)},
        "precision": precision, "dtype": info_src.get("dtype"), "emcode_version": __version__,
        "norms": {t: {str(layer): round(float(np.linalg.norm(v)), 6) for layer, v in vectors[t].items()}
                  for t in tokens},
        "from_norms": {t: {str(layer): round(float(np.linalg.norm(m_src.of(t)[k])), 6)
                           for layer, k in zip(chosen, idx, strict=True)} for t in tokens},
        "wall_s": {"total": round(time.perf_counter() - t0, 2),
                   "from": info_src.get("forward_s"), "to": info_dst.get("forward_s")},
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
        dst, _, text = dst.partition(".")  # <from>_to_<to>.<model>_text: both read <model>'s answers
        models = {"base", *cfg.adapter_names()}
        if src not in models or dst not in models:
            raise EmcodeError(f"interventions '{spec.name}': direction {spec.direction} is not in {run.root}; extract "
                              f"it first: emcode direction {run.root} --reader <model> --from <{src} file> "
                              f"--to <{dst} file>")
        with manifest.stage("direction") as details:
            extract_direction(cfg, run, src, dst, benchmark=spec.benchmark, console=console,
                              text=text.removesuffix("_text") or None)
            details[spec.direction] = {"benchmark": spec.benchmark or next(iter(cfg.benchmarks))}
    vectors = load_direction(run, spec.direction, spec.tokens)
    if model.layer not in vectors:
        raise EmcodeError(f"interventions '{spec.name}': layer {model.layer} is not in direction {spec.direction} "
                          f"(layers {min(vectors)}–{max(vectors)})")
    vec = vectors[model.layer]
    if spec.zero_coordinates:
        if max(spec.zero_coordinates) >= len(vec):
            raise EmcodeError(f"interventions '{spec.name}': zero_coordinates {max(spec.zero_coordinates)} is beyond "
                              f"the hidden size {len(vec)}")
        vec = vec.copy()
        vec[spec.zero_coordinates] = 0.0
    if model.random:
        vec = random_like(vec, seed=(spec.seed, model.layer))
        if spec.zero_coordinates:  # the control skips the same coordinates, at the direction's norm
            norm = float(np.linalg.norm(vec))
            vec[spec.zero_coordinates] = 0.0
            vec = (vec * (norm / float(np.linalg.norm(vec)))).astype(np.float32)
    anchors = None
    if spec.mode == "mean_ablate":  # the <from> side's mean component along the direction, layer by layer
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        reference = load_means(run, meta.get("means", {}).get("from", split_name(spec.direction)[0]))[0][spec.tokens]
        unit = vec.astype(np.float64) / float(np.linalg.norm(vec))
        anchors = tuple(float(reference[layer].astype(np.float64) @ unit) for layer in sorted(reference))
    return Intervention(spec.mode, model.layer, vec, spec.scale, anchors, skip_first=spec.skip_first,
                        start=model.layer if spec.from_layer else 0)
