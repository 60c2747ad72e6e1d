#!/usr/bin/env python3
import argparse
import os

import psycopg2


def main():
    ap = argparse.ArgumentParser(description="Sum claim amounts per group")
    ap.add_argument("--group-by", default="region")
    ap.add_argument("--since", required=True)
    args = ap.parse_args()
    query = "SELECT {0}, SUM(amount) FROM claims".format(args.group_by)
    query += " WHERE filed_on >= '%s'" % args.since
    query += " GROUP BY {0} ORDER BY 2 DESC".format(args.group_by)
    with psycopg2.connect(os.environ["CLAIMS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query)
        for group, total in cur.fetchall():
            print(group, total)


if __name__ == "__main__":
    main()
