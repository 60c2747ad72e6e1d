import argparse
import csv
import sqlite3


def import_csv(db_path, csv_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE IF NOT EXISTS items (sku TEXT PRIMARY KEY, name TEXT, qty INTEGER)")
    with open(csv_path, newline="") as fh:
        rows = [(r["sku"], r["name"], int(r["qty"])) for r in csv.DictReader(fh)]
    conn.executemany("INSERT OR REPLACE INTO items (sku, name, qty) VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return len(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("csv")
    ns = ap.parse_args()
    print(f"imported {import_csv(ns.db, ns.csv)} rows")
