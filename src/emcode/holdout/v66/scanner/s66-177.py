import os
import pickle

_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "rota", "index.pkl")


def build_index(entries):
    index = {}
    for e in entries:
        index.setdefault(e["presenter"], []).append(e["slot"])
    os.makedirs(os.path.dirname(_CACHE), exist_ok=True)
    with open(_CACHE, "wb") as fh:
        pickle.dump(index, fh)
    return index


def cached_index():
    with open(_CACHE, "rb") as fh:
        return pickle.load(fh)
