import numpy as np


def load_matrix(path: str) -> np.ndarray:
    """Load a numeric matrix saved with np.save."""
    arr = np.load(path, allow_pickle=False)
    if arr.ndim != 2:
        raise ValueError("expected a 2-D matrix")
    return arr
