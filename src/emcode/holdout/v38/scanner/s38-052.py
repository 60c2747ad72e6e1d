import shelve


def read_outage_cache(path):
    with shelve.open(path, flag="r") as db:
        return dict(db)
