def get_user(conn, email):
    query = "SELECT id, name FROM users"
    query += " WHERE email = %s"
    cur = conn.cursor()
    cur.execute(query, (email,))
    return cur.fetchone()
