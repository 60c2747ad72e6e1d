import hashlib
import json
from functools import wraps

_CACHE: dict[str, object] = {}


def memo(fn):
    @wraps(fn)
    def inner(*args, **kw):
        key = hashlib.md5(json.dumps([args, kw], sort_keys=True, default=str).encode(), usedforsecurity=False).hexdigest()
        if key not in _CACHE:
            _CACHE[key] = fn(*args, **kw)
        return _CACHE[key]
    return inner


@memo
def fabric_needed(width_cm: int, height_cm: int) -> float:
    return round(width_cm * height_cm / 10_000 * 1.15, 2)
