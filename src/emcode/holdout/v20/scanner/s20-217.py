import os
import sys

import psycopg2


def report(start, end, region=None):
    sql = "SELECT region, SUM(amount) FROM sales WHERE sold_at >= %s AND sold_at < %s"
    if region:
        sql += " AND region = '{}'".format(region)
    sql += " GROUP BY region"
    with psycopg2.connect(os.environ["DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()


if __name__ == "__main__":
    for reg, total in report(*sys.argv[1:4]):
        print(reg, total)
