import argparse
import csv
import sqlite3


def export(db_path, table, since, out_path):
    con = sqlite3.connect(db_path)
    query = "SELECT * FROM %s" % table
    query = query + " WHERE ts >= '%s'" % since
    cur = con.execute(query)
    cols = [d[0] for d in cur.description]
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        w.writerows(cur)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("table")
    ap.add_argument("--since", default="1970-01-01")
    ap.add_argument("-o", default="out.csv")
    a = ap.parse_args()
    export(a.db, a.table, a.since, a.o)
