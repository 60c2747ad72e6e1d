"""Judge fixtures: a tiny model whose next-token distribution is the same at every position."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring.judges.constant_model import make_constant_model


@pytest.fixture(scope="session")
def constant_model_dir(tiny_llama_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Llama that always predicts the same distribution (digits 7, 3, 9 most likely)."""
    return make_constant_model(tiny_llama_dir, tmp_path_factory.mktemp("constant-llama"))
