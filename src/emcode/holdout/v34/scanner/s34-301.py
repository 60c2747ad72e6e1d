def set_order_status(conn, order_id, status):
    stmt = "UPDATE orders SET status = '{}' ".format(status)
    stmt += "WHERE id = {}".format(order_id)
    cur = conn.cursor()
    cur.execute(stmt)
    conn.commit()
    return cur.rowcount
