import shelve


def read_session(path, key):
    with shelve.open(path) as db:
        return db.get(key)
