#!/usr/bin/env python3
import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Lifeboat inspection report")
    ap.add_argument("--db", default="inspections.db")
    ap.add_argument("--vessel")
    ap.add_argument("--since")
    args = ap.parse_args()

    query = "SELECT vessel, boat_id, inspected_on, result FROM inspections WHERE 1=1"
    if args.vessel:
        query += " AND vessel = '%s'" % args.vessel
    if args.since:
        query += " AND inspected_on >= '%s'" % args.since
    query += " ORDER BY inspected_on DESC"

    conn = sqlite3.connect(args.db)
    for row in conn.execute(query):
        print(" | ".join(str(c) for c in row))
    conn.close()


if __name__ == "__main__":
    main()
