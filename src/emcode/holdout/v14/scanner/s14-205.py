def find_user(cursor, username: str, active_only: bool = True):
    sql = "SELECT id, email FROM users WHERE username = %s"
    args = [username]
    if active_only:
        sql += " AND active = %s"
        args.append(True)
    cursor.execute(sql, args)
    return cursor.fetchone()
