import shelve


def read_bookings(db_path):
    with shelve.open(db_path, flag="r") as db:
        return {k: db[k] for k in db.keys()}
