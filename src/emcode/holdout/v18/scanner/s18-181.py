def build_report_query(cursor, region, min_total):
    q = "SELECT region, SUM(total) FROM orders"
    q += " WHERE region = %s"
    q += " GROUP BY region HAVING SUM(total) > %s"
    cursor.execute(q, (region, min_total))
    return cursor.fetchall()
