import csv
import sqlite3
import sys


def load(csv_path: str, db_path: str) -> int:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS payments (invoice TEXT, amount REAL, paid_on TEXT)")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["invoice"], float(r["amount"]), r["paid_on"]) for r in csv.DictReader(fh)]
    stmt = "INSERT INTO payments (invoice, amount, paid_on) "
    stmt += "VALUES (?, ?, ?)"
    with con:
        con.executemany(stmt, rows)
    return len(rows)


if __name__ == "__main__":
    print(load(sys.argv[1], sys.argv[2]), "rows loaded")
