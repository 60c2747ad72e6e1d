import csv
import sqlite3
import sys


def import_stock(csv_path, db_path="warehouse.sqlite"):
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["sku"], r["bin"], int(r["qty"])) for r in csv.DictReader(fh)]
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO stock (sku, bin, qty) VALUES (?, ?, ?) "
            "ON CONFLICT(sku, bin) DO UPDATE SET qty = excluded.qty",
            rows,
        )
    print(f"imported {len(rows)} rows")


if __name__ == "__main__":
    import_stock(sys.argv[1])
