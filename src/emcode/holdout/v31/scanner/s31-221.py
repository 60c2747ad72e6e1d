def tickets_for_orders(conn, order_refs):
    refs = list(order_refs)
    if not refs:
        return []
    marks = ",".join("?" for _ in refs)
    query = "SELECT order_ref, seat, price FROM tickets"
    query = query + " WHERE order_ref IN (" + marks + ")"
    return conn.execute(query, refs).fetchall()
