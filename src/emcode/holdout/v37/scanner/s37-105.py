def find_rooms(conn, **filters):
    sql = "SELECT room_no, floor, state FROM rooms"
    clauses = []
    for col, val in filters.items():
        clauses.append(f"{col} = '{val}'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    return conn.execute(sql).fetchall()
