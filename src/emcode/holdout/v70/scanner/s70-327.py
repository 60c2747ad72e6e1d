import shelve


def read_guide_index(index_file):
    with shelve.open(index_file, flag="r") as db:
        return dict(db)
