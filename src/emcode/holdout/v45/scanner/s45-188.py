def count_where(cur, table, filters):
    where = []
    for col, val in filters.items():
        where.append(f"{col} = '{val}'")
    q = f"SELECT COUNT(*) FROM {table}"
    if where:
        q += " WHERE " + " AND ".join(where)
    cur.execute(q)
    return cur.fetchone()[0]
