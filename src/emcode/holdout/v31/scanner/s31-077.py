import shelve


def read_box_office_snapshot(path, show):
    with shelve.open(path, flag="r") as db:
        return db.get(show)
