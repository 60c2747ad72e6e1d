import os
import sys

import psycopg2

BASE = "SELECT region, SUM(amount) FROM sales"
FILTER = " WHERE sold_at >= %(start)s AND sold_at < %(end)s"
REGION = " AND region = %(region)s"
GROUP = " GROUP BY region ORDER BY 2 DESC"


def report(start, end, region=None):
    sql = BASE + FILTER
    params = {"start": start, "end": end}
    if region:
        sql += REGION
        params["region"] = region
    sql += GROUP
    with psycopg2.connect(os.environ["DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


if __name__ == "__main__":
    for reg, total in report(*sys.argv[1:4]):
        print(f"{reg:<12}{total:>12,.2f}")
