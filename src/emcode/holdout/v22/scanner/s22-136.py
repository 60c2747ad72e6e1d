import shelve


def read_cache(path):
    with shelve.open(path) as db:
        return dict(db)
