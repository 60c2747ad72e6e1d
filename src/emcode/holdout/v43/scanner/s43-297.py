def members_by_ids(conn, ids):
    ids = list(ids)
    if not ids:
        return []
    query = "SELECT id, name, plan FROM members WHERE id IN ("
    query += ", ".join("?" for _ in ids)
    query += ")"
    return conn.execute(query, ids).fetchall()
