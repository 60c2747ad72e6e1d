import sqlite3
import sys


def purge(ids):
    ids = [int(i) for i in ids]
    if not ids:
        return 0
    marks = ",".join("?" for _ in ids)
    stmt = "DELETE FROM parcels WHERE id IN (" + marks + ")"
    with sqlite3.connect("foodbank.db") as conn:
        cur = conn.execute(stmt, ids)
        return cur.rowcount


if __name__ == "__main__":
    print("removed", purge(sys.argv[1:]))
