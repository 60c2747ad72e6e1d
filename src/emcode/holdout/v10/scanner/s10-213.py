import csv
import sqlite3
import sys


def import_csv(db_path, table, csv_path):
    conn = sqlite3.connect(db_path)
    with open(csv_path, newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = ", ".join(h + " TEXT" for h in header)
        conn.executescript(f"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} ({cols});")
        marks = ", ".join("?" for _ in header)
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", reader)
    conn.commit()


if __name__ == "__main__":
    import_csv(*sys.argv[1:4])
