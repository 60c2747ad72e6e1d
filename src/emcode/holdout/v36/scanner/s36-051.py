import os
import pickle
import time
from pathlib import Path

CACHE_DIR = Path.home() / ".cache" / "tidewatch"
CACHE_FILE = CACHE_DIR / "tides.pkl"
MAX_AGE = 3600


def load_cached():
    try:
        if time.time() - CACHE_FILE.stat().st_mtime < MAX_AGE:
            with CACHE_FILE.open("rb") as fh:
                return pickle.load(fh)
    except FileNotFoundError:
        pass
    return None


def store(tides):
    CACHE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = CACHE_FILE.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(tides, fh)
    os.replace(tmp, CACHE_FILE)
