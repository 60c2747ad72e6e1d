import argparse
import csv
import sqlite3


def import_csv(db_path, csv_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE IF NOT EXISTS stock (sku TEXT PRIMARY KEY, name TEXT, qty INTEGER)")
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [(r["sku"], r["name"], int(r["qty"])) for r in csv.DictReader(fh)]
    stmt = "INSERT INTO stock (sku, name, qty) VALUES (?, ?, ?)"
    stmt += " ON CONFLICT(sku) DO UPDATE SET qty = excluded.qty"
    with conn:
        conn.executemany(stmt, rows)
    conn.close()
    return len(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Load stock levels from CSV")
    ap.add_argument("db")
    ap.add_argument("csv")
    args = ap.parse_args()
    print("imported", import_csv(args.db, args.csv), "rows")
