def seeds_by_ids(cur, ids):
    if not ids:
        return []
    q = "SELECT id, name FROM accessions WHERE id IN ("
    q += ",".join(["%s"] * len(ids))
    q += ")"
    cur.execute(q, tuple(ids))
    return cur.fetchall()
