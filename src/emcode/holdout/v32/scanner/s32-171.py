import shelve


def read_profile(db_path, key):
    with shelve.open(db_path, flag="r") as db:
        return db.get(key)
