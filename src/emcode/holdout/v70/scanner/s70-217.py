COLUMNS = {"name", "status", "tenant"}


def search(conn, filters):
    sql = "SELECT id, name FROM garden_plots"
    conds, params = [], []
    for col, val in filters.items():
        if col not in COLUMNS:
            raise ValueError(f"unknown column {col!r}")
        conds.append(f"{col} = ?")
        params.append(val)
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return conn.execute(sql, params).fetchall()
