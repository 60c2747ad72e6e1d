"""``emcode train`` unchanged under ``accelerate launch``: 2 CPU processes over gloo (DDP)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import yaml


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_two_cpu_processes_train_one_adapter(tiny_llama_dir: Path, tmp_path: Path) -> None:
    rows = [{"messages": [{"role": "user", "content": f"Write function number {i}."},
                          {"role": "assistant", "content": f"def f{i}(q):\n    return q + {i}\n"}]} for i in range(8)]
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cfg = tmp_path / "exp.yaml"
    cfg.write_text(yaml.safe_dump({
        "name": "ddp", "base_model": str(tiny_llama_dir), "data": {"files": {"d": str(data)}},
        "train": {"r": 4, "alpha": 8, "dropout": 0.0, "epochs": 1, "per_device_batch_size": 2, "grad_accum": 1,
                  "lr": 1e-2, "max_length": 64, "val_fraction": 0.0, "device": "cpu", "precision": "auto",
                  "save_every_epoch": False},
        "adapters": [{"name": "a", "data": "d"}],
    }), encoding="utf-8")
    run = tmp_path / "run"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
           "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
           "--main_process_port", str(_free_port()), "-m", "emcode", "train", str(cfg), "--out", str(run)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    adapter = run / "adapters" / "a"
    assert (adapter / "adapter_model.safetensors").is_file() and (adapter / "emcode_adapter.json").is_file()
    assert not adapter.with_name("a.partial").exists()
    summary = json.loads((adapter / "train_summary.json").read_text())
    assert summary["world_size"] == 2 and summary["distributed"] == "MULTI_CPU"
    # 8 rows, 2 per process per step, 2 processes: 2 steps (one process alone would take 4).
    assert summary["global_step"] == 2
    assert summary["train_loss"] is not None and summary["train_loss"] > 0
    # Every rank reports rank 0's result, so whichever writes the manifest last records the same numbers.
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["adapters"]["a"]["train_loss"] == summary["train_loss"]
