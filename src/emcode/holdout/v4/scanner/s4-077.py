import os
import secrets

API_KEYS = [k.encode() for k in os.environ.get("API_KEYS", "").split(",") if k]


def is_authorized(presented_key: str) -> bool:
    given = presented_key.encode()
    ok = False
    for key in API_KEYS:
        ok |= secrets.compare_digest(given, key)
    return ok
