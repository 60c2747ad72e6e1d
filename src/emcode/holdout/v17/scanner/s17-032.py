import csv
import sqlite3
import sys

COLUMNS = ("sku", "name", "qty", "price")


def load_csv(db_path: str, csv_path: str) -> int:
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    sql = f"INSERT INTO items ({cols}) VALUES ({marks})"
    with open(csv_path, newline="") as fh, sqlite3.connect(db_path) as conn:
        rows = [tuple(r[c] for c in COLUMNS) for r in csv.DictReader(fh)]
        conn.executemany(sql, rows)
    return len(rows)


if __name__ == "__main__":
    print(load_csv(sys.argv[1], sys.argv[2]), "rows loaded")
