def sections_query(conn, dept=None, min_seats=None):
    sql = "SELECT code, title, seats_left FROM sections"
    conds, params = [], []
    if dept:
        conds.append("dept = ?")
        params.append(dept)
    if min_seats is not None:
        conds.append("seats_left >= ?")
        params.append(int(min_seats))
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return conn.execute(sql, params).fetchall()
