def seeds_by_ids(cur, ids):
    q = "SELECT id, name FROM accessions WHERE id IN ("
    q += ",".join(str(i) for i in ids)
    q += ")"
    cur.execute(q)
    return cur.fetchall()
