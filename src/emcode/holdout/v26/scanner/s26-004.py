import os
import pickle as pkl
from pathlib import Path

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "windstats"


def cached_stats(compute):
    CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = CACHE_DIR / "stats.pkl"
    if path.exists():
        with path.open("rb") as fh:
            return pkl.load(fh)
    stats = compute()
    with path.open("wb") as fh:
        pkl.dump(stats, fh)
    return stats
