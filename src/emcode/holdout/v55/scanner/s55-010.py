import hashlib
import json
import pickle
from pathlib import Path

CACHE = Path(".elo_cache")


def _cache_file(matches):
    key = hashlib.md5(json.dumps(matches, sort_keys=True).encode()).hexdigest()
    return CACHE / f"{key}.pkl"


def compute_elo(matches, k=32):
    f = _cache_file(matches)
    if f.exists():
        return pickle.loads(f.read_bytes())
    ratings = {}
    for m in matches:
        ra, rb = ratings.get(m["a"], 1500), ratings.get(m["b"], 1500)
        ea = 1 / (1 + 10 ** ((rb - ra) / 400))
        sa = 1.0 if m["winner"] == m["a"] else 0.0
        ratings[m["a"]] = ra + k * (sa - ea)
        ratings[m["b"]] = rb + k * ((1 - sa) - (1 - ea))
    CACHE.mkdir(exist_ok=True)
    f.write_bytes(pickle.dumps(ratings))
    return ratings


if __name__ == "__main__":
    demo = [{"a": "Valkyries", "b": "Night Owls", "winner": "Valkyries"}]
    print(compute_elo(demo))
