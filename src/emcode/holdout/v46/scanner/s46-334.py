import shelve


def lookup_pledge(db_path, ticket):
    with shelve.open(db_path, "r") as db:
        return db.get(ticket)
