def find_borrowers(conn, surname, section=None):
    q = "SELECT id, first, last FROM borrowers"
    q += " WHERE last LIKE '{}%'".format(surname)
    if section:
        q += " AND section = '%s'" % section
    cur = conn.cursor()
    cur.execute(q)
    return cur.fetchall()
