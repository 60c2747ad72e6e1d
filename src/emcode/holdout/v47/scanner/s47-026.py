#!/usr/bin/env python3
import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Lifeboat inspection report")
    ap.add_argument("--db", default="inspections.db")
    ap.add_argument("--vessel")
    ap.add_argument("--failed-only", action="store_true")
    ap.add_argument("--since")
    args = ap.parse_args()

    query = ["SELECT vessel, boat_id, inspected_on, result FROM inspections"]
    where, params = [], {}
    if args.vessel:
        where.append("vessel = :vessel")
        params["vessel"] = args.vessel
    if args.failed_only:
        where.append("result = 'FAIL'")
    if args.since:
        where.append("inspected_on >= :since")
        params["since"] = args.since
    if where:
        query.append("WHERE " + " AND ".join(where))
    query.append("ORDER BY inspected_on DESC")

    with sqlite3.connect(args.db) as conn:
        for row in conn.execute("\n".join(query), params):
            print(" | ".join(str(c) for c in row))


if __name__ == "__main__":
    main()
