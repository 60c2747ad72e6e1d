import csv
import sqlite3
import sys


def main(csv_path, db_path="seedbank.db"):
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["accession"], r["species"], int(r["grams"])) for r in csv.DictReader(fh)]
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS stock (accession TEXT PRIMARY KEY, species TEXT, grams INTEGER)")
        con.executemany("INSERT OR REPLACE INTO stock VALUES (?, ?, ?)", rows)
    print(f"imported {len(rows)} rows")


if __name__ == "__main__":
    main(*sys.argv[1:])
