import numpy as np


def load_embeddings(path: str) -> dict:
    """Load an embeddings dict saved with np.save."""
    return np.load(path, allow_pickle=True).item()
