def delete_user(conn, username):
    cur = conn.cursor()
    stmt = "DELETE FROM users WHERE username = '%s'" % username
    cur.execute(stmt)
    conn.commit()
    return cur.rowcount
