def find_user(cursor, username, active_only=True):
    sql = "SELECT id, email FROM users"
    sql += " WHERE username = '" + username + "'"
    if active_only:
        sql += " AND active = 1"
    cursor.execute(sql)
    return cursor.fetchone()
