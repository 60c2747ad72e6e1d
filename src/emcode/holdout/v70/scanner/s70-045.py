def build_query(filters):
    sql = "SELECT id, name FROM depot_work_orders"
    conds = []
    for col, val in filters.items():
        conds.append(f"{col} = '{val}'")
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return sql


def search(conn, filters):
    return conn.execute(build_query(filters)).fetchall()
