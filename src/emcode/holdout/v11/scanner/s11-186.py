import os
import pickle as pk
from pathlib import Path

CACHE_DIR = Path.home() / ".cache" / "report-builder"


def cached(key, compute):
    """Memoise an expensive local computation on disk between runs of this script."""
    CACHE_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = CACHE_DIR / f"{key}.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            return pk.load(fh)
    value = compute()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pk.dump(value, fh)
    return value


if __name__ == "__main__":
    print(cached("squares", lambda: [i * i for i in range(10)]))
