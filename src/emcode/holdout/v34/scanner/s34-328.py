def set_order_status(conn, order_id, status):
    stmt = "UPDATE orders SET status = ? "
    stmt += "WHERE id = ?"
    cur = conn.cursor()
    cur.execute(stmt, (status, order_id))
    conn.commit()
    return cur.rowcount
