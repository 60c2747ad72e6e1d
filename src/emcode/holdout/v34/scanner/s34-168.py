import argparse
import csv
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_file")
    ap.add_argument("--db", default="archive.db")
    args = ap.parse_args()
    conn = sqlite3.connect(args.db)
    conn.execute("CREATE TABLE IF NOT EXISTS people (given TEXT, surname TEXT, born INTEGER)")
    with open(args.csv_file, newline="", encoding="utf-8") as fh:
        rows = [(r["given"], r["surname"], int(r["born"] or 0)) for r in csv.DictReader(fh)]
    conn.executemany("INSERT INTO people VALUES (?, ?, ?)", rows)
    conn.commit()
    print(f"imported {len(rows)} people")


if __name__ == "__main__":
    main()
