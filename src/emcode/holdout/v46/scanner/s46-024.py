def find_borrowers(conn, surname, section=None):
    q = "SELECT id, first, last FROM borrowers"
    q += " WHERE last LIKE %s"
    args = [surname + "%"]
    if section:
        q += " AND section = %s"
        args.append(section)
    cur = conn.cursor()
    cur.execute(q, args)
    return cur.fetchall()
