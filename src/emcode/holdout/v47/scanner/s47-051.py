import shelve


def lots_in_archive(archive_file):
    with shelve.open(archive_file, flag="r") as db:
        return {k: db[k] for k in db.keys()}
