"""Direction files are byte-stable: same vectors and metadata → same bytes, save after save."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from emcode.direction.store import _load, _save


def test_saved_bytes_do_not_depend_on_hash_order(tmp_path: Path) -> None:
    vectors = {f"layer.{i}": np.arange(4, dtype=np.float32) * i for i in range(3)}
    meta = {"direction": "base_to_misaligned", "tokens": "answer", "model": "m", "layers": "0-2"}
    blobs = {(_save(tmp_path / f"d{i}.safetensors", vectors, meta)).read_bytes() for i in range(12)}
    assert len(blobs) == 1  # safetensors alone writes a several-key metadata map in a different order per save
    header = json.loads(next(iter(blobs))[8:].split(b"}}", 1)[0] + b"}}")
    assert json.loads(header["__metadata__"]["emcode"]) == meta
    loaded = _load(tmp_path / "d0.safetensors")
    assert sorted(loaded) == sorted(vectors) and all(np.array_equal(loaded[k], v) for k, v in vectors.items())
