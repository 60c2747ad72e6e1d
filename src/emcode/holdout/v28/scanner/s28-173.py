import argparse
import csv
import sqlite3
import sys

TABLES = {"guests": "guests", "bookings": "bookings", "rooms": "rooms"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=sorted(TABLES))
    ap.add_argument("--since", help="ISO date")
    ap.add_argument("--db", default="hotel.db")
    a = ap.parse_args()
    query = f"SELECT * FROM {TABLES[a.what]}"
    args = ()
    if a.since:
        query += " WHERE created_at >= ?"
        args = (a.since,)
    con = sqlite3.connect(a.db)
    cur = con.execute(query, args)
    w = csv.writer(sys.stdout)
    w.writerow([d[0] for d in cur.description])
    w.writerows(cur)


if __name__ == "__main__":
    main()
