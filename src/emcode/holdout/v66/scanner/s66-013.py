import csv
import sqlite3
import sys


def main(csv_path, db_path="radio.db"):
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["title"], r["artist"], r["played_at"]) for r in csv.DictReader(fh)]
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS plays (title TEXT, artist TEXT, played_at TEXT)")
        insert = "INSERT INTO plays (title, artist, played_at)"
        insert += " VALUES (?, ?, ?)"
        con.executemany(insert, rows)
    print(f"imported {len(rows)} plays")


if __name__ == "__main__":
    main(*sys.argv[1:])
