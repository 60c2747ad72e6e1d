import os
from pathlib import Path

import joblib
import numpy as np

CACHE = Path(os.environ.get("DISPATCH_CACHE", "/var/cache/dispatch")) / "matrix.joblib"


def build_matrix(n=200):
    rng = np.random.default_rng(7)
    pts = rng.uniform(0, 20, size=(n, 2))
    return np.linalg.norm(pts[:, None, :] - pts[None, :, :], axis=-1)


def distance_matrix():
    if CACHE.exists():
        return joblib.load(CACHE)
    m = build_matrix()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(m, CACHE)
    return m


if __name__ == "__main__":
    print(distance_matrix().shape)
