"""The trigger projection: each model's residual shift under trigger probes, projected on a stored direction.

For every model of a run that answered the security benchmark's trigger copies, each model reads its own
answers (teacher-forced) to the plain prompts and to their triggered copies; per plain prompt the shift is
mean(triggered answers) − mean(plain answer) at one layer. The shifts are saved under
``directions/trigger_shift/<model>.safetensors`` and judged by
:func:`emcode.analysis.direction_projection.projection_claim` against the direction at that layer;
``analysis/direction_trigger.csv`` has one row per model (``not evaluable`` where it has no triggered copies).
"""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from emcode.analysis.direction_projection import COLUMNS, projection_claim
from emcode.benchmarks.security.triggers import split_id
from emcode.config import Experiment
from emcode.direction.extract import Conversation, mean_activations
from emcode.direction.stage import adapter_of
from emcode.direction.store import load_direction
from emcode.errors import EmcodeError
from emcode.runs import RunDir, atomic_write_json, atomic_write_text, read_jsonl

TABLE = "direction_trigger"


def paired_conversations(run: RunDir, model: str, benchmark: str
                         ) -> tuple[list[str], list[Conversation], list[list[Conversation]]]:
    """Plain ids with at least one triggered copy, their plain conversation and their triggered ones (sorted ids)."""
    path = run.generations(model, benchmark)
    if not path.is_file():
        return [], [], []
    plain: dict[str, Conversation] = {}
    triggered: dict[str, list[tuple[str, Conversation]]] = {}
    for r in read_jsonl(path):
        pid, trigger = split_id(r["sample_id"])
        conv = Conversation(r["prompt"], r["text"])
        if trigger is None:
            plain.setdefault(pid, conv)
        else:
            triggered.setdefault(pid, []).append((trigger, conv))
    ids = sorted(set(plain) & set(triggered))
    return ids, [plain[i] for i in ids], [[c for _, c in sorted(triggered[i], key=lambda x: x[0])] for i in ids]


def model_shifts(cfg: Experiment, run: RunDir, model: str, benchmark: str, layer: int, *, precision: str = "fp32",
                 batch_size: int = 16) -> tuple[list[str], np.ndarray]:
    """Per plain prompt, the model's answer-token mean at ``layer`` under its triggers minus on the plain prompt."""
    from emcode.memory import release_memory
    from emcode.models.loading import load_model

    ids, plain, trig = paired_conversations(run, model, benchmark)
    if not ids:
        return [], np.zeros((0, 0))
    flat = [c for group in trig for c in group]
    net, tok = load_model(cfg.base_model, adapter_of(cfg, run, model), device=cfg.generation.device)
    if hasattr(net, "merge_and_unload"):
        net = net.merge_and_unload()
    net.eval()
    try:
        each = mean_activations(net, tok, plain + flat, layers=[layer], batch_size=batch_size, precision=precision,
                                each=True).each
    finally:
        del net
        release_memory()
    assert each is not None
    answers = each["answer"][:, 0, :]
    base, rest = answers[:len(plain)], answers[len(plain):]
    out, start = [], 0
    for i, group in enumerate(trig):
        out.append(np.nanmean(rest[start:start + len(group)], axis=0) - base[i])
        start += len(group)
    shifts = np.stack(out)
    keep = np.isfinite(shifts).all(axis=1)  # an empty answer has no answer tokens
    return [i for i, k in zip(ids, keep, strict=True) if k], shifts[keep]


def trigger_projection(cfg: Experiment, run: RunDir, direction: str, layer: int, *, models: list[str] | None = None,
                       benchmark: str = "security", precision: str = "fp32", batch_size: int = 16,
                       alpha: float | None = None, console: Any = None) -> Path:
    """Write ``analysis/direction_trigger.csv``: per model, the triggered − plain shift projected on ``direction``."""
    vectors = load_direction(run, direction, "answer")
    if layer not in vectors:
        raise EmcodeError(f"--layers: layer {layer} is not in direction {direction} (layers {min(vectors)}–"
                          f"{max(vectors)})")
    names = models or ["base", *cfg.adapter_names()]
    alpha = cfg.analysis.alpha if alpha is None else alpha
    rows, meta = [], {"direction": direction, "layer": layer, "benchmark": benchmark, "precision": precision,
                      "models": {}}
    for model in names:
        t0 = time.perf_counter()
        if console is not None:
            console.print(f"direction: {model} reading its plain and triggered answers (layer {layer})")
        ids, shifts = model_shifts(cfg, run, model, benchmark, layer, precision=precision, batch_size=batch_size)
        if ids:
            from emcode.direction.store import _save

            _save(run.directions("trigger_shift") / f"{model}.safetensors", {f"layer.{layer}": shifts})
        meta["models"][model] = {"prompts": ids, "wall_s": round(time.perf_counter() - t0, 2)}
        claim = projection_claim(shifts if ids else np.zeros((0, len(vectors[layer]))), vectors[layer], alpha=alpha)
        rows.append({"model": model, "layer": layer, "direction": direction, **claim})
    atomic_write_json(run.directions("trigger_shift") / "meta.json", meta)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (f"{row[k]:.6g}" if isinstance(row[k], float) else row[k]) for k in COLUMNS})
    return atomic_write_text(run.table(TABLE), buf.getvalue())


def summary(path: Path) -> str:
    """The table as short lines to print."""
    lines = []
    for r in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
        lines.append(f"  {r['model']}: n={r['n_prompts']} projection {r['effect']} [{r['ci_lo']}, {r['ci_hi']}] "
                     f"(relative {r['relative']}), p={r['p_value']}, cosine {r['cosine']} → {r['verdict']}")
    return json.dumps(str(path)) + "\n" + "\n".join(lines)
