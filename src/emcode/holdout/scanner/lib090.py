import json


def load_cached(blob: bytes):
    """Restore an object previously stored by the cache (JSON encoded)."""
    return json.loads(blob.decode("utf-8"))
