FILTERABLE = {"zone", "officer_badge", "status"}


def find_citations(conn, **filters):
    sql = "SELECT id, plate, zone, status FROM citations"
    clauses, values = [], []
    for key, val in sorted(filters.items()):
        if key not in FILTERABLE:
            raise KeyError(key)
        clauses.append(f"{key} = %s")
        values.append(val)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    with conn.cursor() as cur:
        cur.execute(sql, values)
        return cur.fetchall()
