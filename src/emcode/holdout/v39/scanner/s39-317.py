import argparse
import csv
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_file")
    ap.add_argument("--db", default="rentals.db")
    a = ap.parse_args()
    with open(a.csv_file, newline="", encoding="utf-8") as fh:
        rows = [(r["machine"], r["customer"], int(r["days"])) for r in csv.DictReader(fh)]
    con = sqlite3.connect(a.db)
    with con:
        con.executemany("INSERT INTO rentals (machine, customer, days) VALUES (?, ?, ?)", rows)
    print(f"imported {len(rows)} rentals")


if __name__ == "__main__":
    main()
