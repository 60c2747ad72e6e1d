def fetch_many(cur, ids):
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join(["?"] * len(ids))
    sql = "SELECT * FROM items WHERE id IN ("
    sql += marks + ")"
    cur.execute(sql, ids)
    return cur.fetchall()
