import sqlite3
import argparse


def lookup(db_path, callsign):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    q = "SELECT qso_date, band, mode FROM contacts"
    q += f" WHERE callsign = '{callsign}'"
    cur.execute(q)
    rows = cur.fetchall()
    for d, band, mode in rows:
        print(f"{d}  {band:>5}  {mode}")
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Search the ham-radio log")
    ap.add_argument("callsign")
    ap.add_argument("--db", default="hamlog.sqlite")
    args = ap.parse_args()
    lookup(args.db, args.callsign.upper())
    # Next, let's add an export option so you can
    if args.
