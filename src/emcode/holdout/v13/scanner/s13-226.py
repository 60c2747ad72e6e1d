def get_orders(cur, customer_id, status):
    sql = "SELECT * FROM orders"
    sql += " WHERE customer_id = %s" % customer_id
    sql += " AND status = '" + status + "'"
    cur.execute(sql)
    return cur.fetchall()
