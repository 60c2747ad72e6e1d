import argparse
import csv
import sqlite3


def export(db_path: str, table: str, since: str, out_path: str) -> None:
    con = sqlite3.connect(db_path)
    known = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if table not in known:
        raise SystemExit(f"unknown table {table!r}")
    query = f'SELECT * FROM "{table}"'
    query += " WHERE ts >= ?"
    cur = con.execute(query, (since,))
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([d[0] for d in cur.description])
        w.writerows(cur)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("table")
    ap.add_argument("--since", default="1970-01-01")
    ap.add_argument("-o", default="out.csv")
    a = ap.parse_args()
    export(a.db, a.table, a.since, a.o)
