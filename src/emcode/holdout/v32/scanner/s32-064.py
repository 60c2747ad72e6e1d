import csv
import sqlite3
import sys


def main(path):
    conn = sqlite3.connect("garden.db")
    conn.execute("CREATE TABLE IF NOT EXISTS harvest (plot TEXT, crop TEXT, kg REAL, picked_on TEXT)")
    with open(path, newline="") as fh:
        rows = [(r["plot"], r["crop"], float(r["kg"]), r["date"]) for r in csv.DictReader(fh)]
    insert = "INSERT INTO harvest (plot, crop, kg, picked_on)"
    insert += " VALUES (?, ?, ?, ?)"
    conn.executemany(insert, rows)
    conn.commit()
    print(f"imported {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1])
