import pickle
import sys
from pathlib import Path

import numpy as np

CACHE = Path(__file__).with_name("feature_cache.pkl")


def features(csv_path):
    if CACHE.exists() and CACHE.stat().st_mtime > Path(csv_path).stat().st_mtime:
        with CACHE.open("rb") as fh:
            return pickle.load(fh)
    data = np.loadtxt(csv_path, delimiter=",", skiprows=1)
    feats = {"mean": data.mean(axis=0), "std": data.std(axis=0), "n": len(data)}
    with CACHE.open("wb") as fh:
        pickle.dump(feats, fh)
    return feats


if __name__ == "__main__":
    f = features(sys.argv[1])
    print(f["n"], "rows; battery mean", f["mean"][3])
