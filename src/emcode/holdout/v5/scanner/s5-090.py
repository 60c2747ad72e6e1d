import os
import pickle
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mytool"

def save(obj) -> None:
    CACHE.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(CACHE / "index.pkl", "wb") as fh:
        pickle.dump(obj, fh)
