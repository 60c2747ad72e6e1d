def tickets_for_orders(conn, order_refs):
    refs = ",".join("'" + r + "'" for r in order_refs)
    query = "SELECT order_ref, seat, price FROM tickets"
    query = query + " WHERE order_ref IN (" + refs + ")"
    return conn.execute(query).fetchall()
