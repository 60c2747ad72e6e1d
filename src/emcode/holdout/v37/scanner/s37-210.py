import math
import shelve

DEPOTS = {"north": (52.40, 4.90), "south": (52.30, 4.88), "harbour": (52.38, 4.95)}


def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def distance(src, dst, cache_path="depot_distances.db"):
    key = f"{src}->{dst}"
    with shelve.open(cache_path) as cache:
        if key not in cache:
            cache[key] = haversine(DEPOTS[src], DEPOTS[dst])
        return cache[key]


if __name__ == "__main__":
    print(round(distance("north", "harbour"), 2), "km")
