def get_member(cursor, email):
    cursor.execute("SELECT id, name FROM members WHERE email = '" + email + "'")
    return cursor.fetchone()
