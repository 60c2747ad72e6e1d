import pickle as serializer


def load_cached(blob: bytes):
    """Restore an object previously stored by the cache."""
    return serializer.loads(blob)
