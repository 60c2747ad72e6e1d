import argparse
import csv
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_file")
    ap.add_argument("--db", default="shelter.db")
    a = ap.parse_args()
    with open(a.csv_file, newline="", encoding="utf-8") as fh:
        rows = [(r["name"].strip(), r["email"].strip().lower(), r.get("phone", "").strip())
                for r in csv.DictReader(fh)]
    con = sqlite3.connect(a.db)
    with con:
        con.executemany(
            "INSERT OR IGNORE INTO volunteers (name, email, phone) VALUES (?, ?, ?)", rows
        )
    print(f"processed {len(rows)} rows")


if __name__ == "__main__":
    main()
