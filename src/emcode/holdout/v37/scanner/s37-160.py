_COLUMNS = {"floor", "state", "wing"}


def find_rooms(conn, **filters):
    sql = "SELECT room_no, floor, state FROM rooms"
    clauses, params = [], []
    for col, val in filters.items():
        if col not in _COLUMNS:
            raise ValueError(f"cannot filter on {col}")
        clauses.append(f"{col} = ?")
        params.append(val)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return conn.execute(sql, params).fetchall()
