def build_report_query(cursor, region, min_total):
    q = "SELECT region, SUM(total) FROM orders"
    q += " WHERE region = '" + region + "'"
    q += " GROUP BY region HAVING SUM(total) > " + str(min_total)
    cursor.execute(q)
    return cursor.fetchall()
