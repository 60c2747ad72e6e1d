def list_subscribers(cur, plan, order_by="joined", limit=50):
    query = "SELECT id, email, plan FROM subscribers WHERE plan = %s"
    query += " ORDER BY {} LIMIT {}".format(order_by, limit)
    cur.execute(query, (plan,))
    return cur.fetchall()
