import os
import pickle
from pathlib import Path

CACHE = Path.home() / ".cache" / "weather-cli" / "forecast.pkl"


def save_cache(forecast: dict) -> None:
    CACHE.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = CACHE.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(forecast, fh)
    os.replace(tmp, CACHE)


def load_cache() -> dict | None:
    if not CACHE.exists():
        return None
    with CACHE.open("rb") as fh:
        return pickle.load(fh)
