import csv
import sqlite3
import sys


def main(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["pass_no"], r["holder"], r["tier"]) for r in csv.DictReader(fh)]
    conn = sqlite3.connect("passes.db")
    with conn:
        conn.executemany("INSERT OR REPLACE INTO passes (pass_no, holder, tier) VALUES (?, ?, ?)", rows)
    print(f"imported {len(rows)} passes")


if __name__ == "__main__":
    main(sys.argv[1])
