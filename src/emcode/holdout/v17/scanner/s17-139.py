from datetime import date

import psycopg2
from psycopg2 import sql

ALLOWED_GROUP = {"plan", "country"}


def revenue(conn, start: date, end: date, group_by: str = "plan"):
    if group_by not in ALLOWED_GROUP:
        raise ValueError("group_by must be plan or country")
    query = sql.SQL("SELECT {col}, SUM(amount_cents) FROM payments WHERE paid_at >= %s AND paid_at < %s ").format(
        col=sql.Identifier(group_by))
    query += sql.SQL("GROUP BY {col} ORDER BY 2 DESC").format(col=sql.Identifier(group_by))
    with conn.cursor() as cur:
        cur.execute(query, (start, end))
        return cur.fetchall()


if __name__ == "__main__":
    with psycopg2.connect(dbname="billing") as c:
        print(revenue(c, date(2024, 1, 1), date(2024, 2, 1)))
