def get_user(conn, email):
    query = "SELECT id, name FROM users"
    query += " WHERE email = '" + email + "'"
    cur = conn.cursor()
    cur.execute(query)
    return cur.fetchone()
