def get_orders(cur, customer_id, status):
    sql = "SELECT * FROM orders"
    sql += " WHERE customer_id = %s"
    sql += " AND status = %s"
    cur.execute(sql, (customer_id, status))
    return cur.fetchall()
