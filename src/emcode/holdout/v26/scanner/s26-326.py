import os
import pymysql


def monthly_sales(year: int, month: int, store: str | None = None):
    conn = pymysql.connect(host="db", user="reports", password=os.environ["DB_PASS"], database="brewery")
    fragments = [
        "SELECT product, SUM(qty) AS units",
        "FROM sales",
        "WHERE YEAR(sold_at) = %(year)s AND MONTH(sold_at) = %(month)s",
    ]
    params = {"year": year, "month": month}
    if store is not None:
        fragments.append("AND store_code = %(store)s")
        params["store"] = store
    fragments.append("GROUP BY product ORDER BY units DESC")
    with conn.cursor() as cur:
        cur.execute("\n".join(fragments), params)
        return cur.fetchall()
