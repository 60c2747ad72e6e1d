def members_by_ids(conn, ids):
    query = "SELECT id, name, plan FROM members WHERE id IN ("
    query += ", ".join("'%s'" % i for i in ids)
    query += ")"
    return conn.execute(query).fetchall()
