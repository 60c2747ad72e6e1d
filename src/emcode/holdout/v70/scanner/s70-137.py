import sqlite3
import sys


def fetch(db_path, ids):
    marks = ",".join("?" for _ in ids)
    query = f"SELECT id, skater FROM rink_bookings WHERE id IN ({marks})"
    with sqlite3.connect(db_path) as db:
        return db.execute(query, ids).fetchall()


if __name__ == "__main__":
    print(fetch("icerink.db", [int(a) for a in sys.argv[1:]]))
