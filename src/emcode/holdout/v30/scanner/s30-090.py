import os
import pickle
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "admissions-stats"


def cached_index(build):
    CACHE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = CACHE_DIR / "index.pickle"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    index = build()
    with path.open("wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return index
