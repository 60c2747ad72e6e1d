import shelve


def count_bookings(db_path):
    with shelve.open(db_path, flag="r") as db:
        return sum(len(v) for v in db.values())
