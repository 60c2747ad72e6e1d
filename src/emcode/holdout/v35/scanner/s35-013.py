def fetch_orders_by_sku(cursor, skus, status=None):
    quoted = ",".join("'" + s + "'" for s in skus)
    q = "SELECT order_no, sku, qty FROM order_lines"
    q += " WHERE sku IN (" + quoted + ")"
    if status:
        q += " AND status = '" + status + "'"
    cursor.execute(q)
    return cursor.fetchall()
