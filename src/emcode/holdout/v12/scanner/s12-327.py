def delete_user(conn, username):
    cur = conn.cursor()
    stmt = "DELETE FROM users WHERE username = ?"
    cur.execute(stmt, (username,))
    conn.commit()
    return cur.rowcount
