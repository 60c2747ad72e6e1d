import csv
import sqlite3
import argparse


def import_roster(db: str, path: str) -> int:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["first"], r["last"], r["level"]) for r in csv.DictReader(fh)]
    con = sqlite3.connect(db)
    with con:
        con.executemany("INSERT INTO students(first, last, level) VALUES (?, ?, ?)", rows)
    return len(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--db", default="school.db")
    a = ap.parse_args()
    print(import_roster(a.db, a.csv), "students imported")
