import argparse
import csv
import sqlite3


def import_csv(db_path, csv_path, table):
    conn = sqlite3.connect(db_path)
    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for row in reader:
            cols = ", ".join(header)
            vals = ", ".join("'" + v + "'" for v in row)
            conn.execute("INSERT INTO " + table + " (" + cols + ") VALUES (" + vals + ")")
    conn.commit()
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("csv")
    ap.add_argument("--table", default="stock")
    a = ap.parse_args()
    import_csv(a.db, a.csv, a.table)
