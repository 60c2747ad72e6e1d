import csv
import sqlite3
import sys


def import_stock(path, db="foodbank.db"):
    with open(path, newline="") as fh, sqlite3.connect(db) as conn:
        rows = [(r["name"], int(r["qty"]), r.get("category", "misc")) for r in csv.DictReader(fh)]
        conn.executemany("INSERT INTO stock(name, qty, category) VALUES (?, ?, ?)", rows)
        return len(rows)


if __name__ == "__main__":
    print(import_stock(sys.argv[1]), "rows imported")
