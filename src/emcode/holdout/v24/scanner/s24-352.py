#!/usr/bin/env python3
import argparse
import os

import psycopg2
from psycopg2 import sql

GROUP_COLUMNS = ("region", "product", "status")


def main() -> None:
    ap = argparse.ArgumentParser(description="Sum claim amounts per group")
    ap.add_argument("--group-by", choices=GROUP_COLUMNS, default="region")
    ap.add_argument("--since", required=True, help="YYYY-MM-DD")
    args = ap.parse_args()
    query = sql.SQL("SELECT {col}, SUM(amount) FROM claims WHERE filed_on >= %s GROUP BY {col} ORDER BY 2 DESC").format(
        col=sql.Identifier(args.group_by)
    )
    with psycopg2.connect(os.environ["CLAIMS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query, (args.since,))
        for group, total in cur.fetchall():
            print(f"{group:<20} {total:>12.2f}")


if __name__ == "__main__":
    main()
