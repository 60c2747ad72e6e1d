def select_where(cur, table: str, filters: dict):
    conds = [f"{k} = '{v}'" for k, v in filters.items()]
    query = f"SELECT * FROM {table}"
    if conds:
        query += " WHERE " + " AND ".join(conds)
    cur.execute(query)
    return cur.fetchall()
