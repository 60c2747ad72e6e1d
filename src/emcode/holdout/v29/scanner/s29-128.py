import pickle
from pathlib import Path

CACHE_FILE = Path(__file__).with_name("standings.cache")


def compute_standings(results):
    table = {}
    for home, away, hs, as_ in results:
        for team in (home, away):
            table.setdefault(team, {"pts": 0, "gd": 0})
        table[home]["gd"] += hs - as_
        table[away]["gd"] += as_ - hs
        if hs > as_:
            table[home]["pts"] += 3
        elif hs < as_:
            table[away]["pts"] += 3
        else:
            table[home]["pts"] += 1
            table[away]["pts"] += 1
    return sorted(table.items(), key=lambda kv: (-kv[1]["pts"], -kv[1]["gd"]))


def cached_standings(results):
    if CACHE_FILE.exists():
        with CACHE_FILE.open("rb") as fh:
            key, table = pickle.load(fh)
        if key == len(results):
            return table
    table = compute_standings(results)
    with CACHE_FILE.open("wb") as fh:
        pickle.dump((len(results), table), fh)
    return table
