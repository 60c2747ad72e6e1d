import shelve
import sys


def show(db_file, key):
    with shelve.open(db_file) as db:
        print(db.get(key, "missing"))


if __name__ == "__main__":
    show(sys.argv[1], sys.argv[2])
