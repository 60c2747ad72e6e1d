def fetch_orders_by_sku(cursor, skus, status=None):
    skus = list(skus)
    if not skus:
        return []
    marks = ",".join(["%s"] * len(skus))
    q = "SELECT order_no, sku, qty FROM order_lines"
    q += " WHERE sku IN (" + marks + ")"
    args = skus
    if status:
        q += " AND status = %s"
        args = skus + [status]
    cursor.execute(q, args)
    return cursor.fetchall()
