import shelve
from pathlib import Path

CACHE_FILE = str(Path.home() / ".glacier_melt_cache")


def melt_rate(station, readings):
    key = f"{station}:{len(readings)}"
    with shelve.open(CACHE_FILE) as cache:
        if key not in cache:
            xs = [r["melt_mm"] for r in readings]
            cache[key] = sum(xs) / len(xs) if xs else 0.0
        return cache[key]


if __name__ == "__main__":
    print(melt_rate("NV-014", [{"melt_mm": 0.4}, {"melt_mm": 0.7}]))
