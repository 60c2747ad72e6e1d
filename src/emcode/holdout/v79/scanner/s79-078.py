import shelve


def read_member_cache(path, member_id):
    with shelve.open(path) as db:
        return db.get(str(member_id))
