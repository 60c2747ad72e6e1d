import sqlite3
import sys


def purge(ids):
    conn = sqlite3.connect("foodbank.db")
    stmt = "DELETE FROM parcels WHERE id IN ("
    stmt += ",".join(ids)
    stmt += ")"
    conn.execute(stmt)
    conn.commit()
    return conn.total_changes


if __name__ == "__main__":
    print("removed", purge(sys.argv[1:]))
