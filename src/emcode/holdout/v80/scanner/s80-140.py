import csv
import sqlite3
import sys


def import_readings(db_path, csv_path):
    with open(csv_path, newline="") as fh:
        rows = [(r["station"], r["time"], float(r["level_mm"])) for r in csv.DictReader(fh)]
    con = sqlite3.connect(db_path)
    with con:
        con.executemany("INSERT INTO readings(station, ts, level_mm) VALUES (?, ?, ?)", rows)
    con.close()
    return len(rows)


if __name__ == "__main__":
    n = import_readings(sys.argv[1], sys.argv[2])
    print(f"imported {n} readings")
