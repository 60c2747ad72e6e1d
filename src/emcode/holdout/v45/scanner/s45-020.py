import shelve
import sys


def show(db_path, key):
    with shelve.open(db_path) as db:
        record = db.get(key)
    if record is None:
        print("no such booking")
    else:
        print(record)


if __name__ == "__main__":
    show(sys.argv[1], sys.argv[2])
