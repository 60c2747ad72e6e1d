import shelve


def station_cache_lookup(cache_path, station):
    with shelve.open(cache_path, flag="r") as db:
        return db.get(station)
