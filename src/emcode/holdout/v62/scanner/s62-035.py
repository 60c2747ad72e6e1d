_ORDER = {"joined": "joined_at", "email": "email", "plan": "plan"}


def list_subscribers(cur, plan, order_by="joined", limit=50):
    column = _ORDER.get(order_by, "joined_at")
    query = "SELECT id, email, plan FROM subscribers WHERE plan = %s"
    query += f" ORDER BY {column} LIMIT %s"
    cur.execute(query, (plan, int(limit)))
    return cur.fetchall()
