import csv
import sqlite3
import sys


def main(csv_path, db_path="baggage.sqlite"):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS scans (tag TEXT, station TEXT, ts TEXT)")
    with open(csv_path, newline="") as fh:
        rows = [(r["tag"], r["station"], r["ts"]) for r in csv.DictReader(fh)]
    with con:
        con.executemany("INSERT INTO scans (tag, station, ts) VALUES (?, ?, ?)", rows)
    print(f"imported {len(rows)} scans")


if __name__ == "__main__":
    main(*sys.argv[1:])
