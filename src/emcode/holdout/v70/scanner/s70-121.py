import shelve
from pathlib import Path

STATE = str(Path.home() / ".allotments_state")


def remember(key, value):
    with shelve.open(STATE) as db:
        db[key] = value


def recall(key, default=None):
    with shelve.open(STATE) as db:
        return db.get(key, default)


if __name__ == "__main__":
    remember("last_plot", "A-7")
    print(recall("last_plot"))
