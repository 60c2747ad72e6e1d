import _pickle


def load_cached(blob: bytes) -> object:
    """Turn a cache entry back into the Python object it was made from."""
    return _pickle.loads(blob)
