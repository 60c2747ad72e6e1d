import os
import pickle
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "roastlog" / "curves.pkl"


def load_curves():
    if not CACHE.exists():
        return {}
    with CACHE.open("rb") as fh:
        return pickle.load(fh)


def save_curves(curves):
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as fh:
        pickle.dump(curves, fh)
