import csv
import sqlite3
import sys


def import_guests(csv_path, db_path="wedding.db"):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS guests (name TEXT, email TEXT, side TEXT, meal TEXT)")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["name"], r["email"], r.get("side", ""), r.get("meal", "standard")) for r in csv.DictReader(fh)]
    con.executemany("INSERT INTO guests (name, email, side, meal) VALUES (?, ?, ?, ?)", rows)
    con.commit()
    print(f"imported {len(rows)} guests")


if __name__ == "__main__":
    import_guests(sys.argv[1])
