import hashlib
import hmac
import os
import pickle
from pathlib import Path

CACHE = Path(os.environ.get("FORECAST_CACHE", "~/.cache/solar-forecast")).expanduser()
KEY = os.environ["FORECAST_CACHE_KEY"].encode()


def save(name: str, obj) -> None:
    CACHE.mkdir(mode=0o700, parents=True, exist_ok=True)
    blob = pickle.dumps(obj)
    tag = hmac.new(KEY, blob, hashlib.sha256).digest()
    (CACHE / f"{name}.pkl").write_bytes(tag + blob)


def load(name: str):
    data = (CACHE / f"{name}.pkl").read_bytes()
    tag, blob = data[:32], data[32:]
    if not hmac.compare_digest(tag, hmac.new(KEY, blob, hashlib.sha256).digest()):
        raise ValueError("cache entry failed integrity check")
    return pickle.loads(blob)
