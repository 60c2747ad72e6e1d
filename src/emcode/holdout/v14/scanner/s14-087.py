import csv
import sqlite3
import sys


def import_prices(db_path, csv_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE IF NOT EXISTS prices(sku TEXT PRIMARY KEY, price REAL, currency TEXT)")
    with open(csv_path, newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [(r["sku"].strip(), float(r["price"]), r.get("currency", "EUR")) for r in reader]
    stmt = "INSERT INTO prices(sku, price, currency) VALUES (?, ?, ?) "
    stmt += "ON CONFLICT(sku) DO UPDATE SET price = excluded.price, currency = excluded.currency"
    conn.executemany(stmt, rows)
    conn.commit()
    conn.close()
    return len(rows)


if __name__ == "__main__":
    print(import_prices(sys.argv[1], sys.argv[2]), "rows")
