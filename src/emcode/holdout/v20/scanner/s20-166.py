import csv
import sqlite3
import sys

INSERT = "INSERT INTO measurements (station, ts, value) VALUES (?, ?, ?)"


def load(csv_path, db_path):
    with open(csv_path, newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [(r["station"], r["ts"], float(r["value"])) for r in reader]
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS measurements (station TEXT, ts TEXT, value REAL)")
        conn.executemany(INSERT, rows)
    conn.close()
    return len(rows)


if __name__ == "__main__":
    print(load(sys.argv[1], sys.argv[2]), "rows loaded")
