try:
    import cPickle as pickle
except ImportError:
    import pickle
import os

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "reportgen")


def cache_path(key: str) -> str:
    return os.path.join(CACHE_DIR, "%08x.pkl" % (hash(key) & 0xFFFFFFFF))


def compute_totals(rows):
    totals = {}
    for region, amount in rows:
        totals[region] = totals.get(region, 0) + amount
    return totals


def totals_cached(key, rows):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    path = cache_path(key)
    result = compute_totals(rows)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(result, fh)
    return result
