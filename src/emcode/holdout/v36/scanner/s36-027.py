def sections_query(conn, dept=None, min_seats=None):
    sql = "SELECT code, title, seats_left FROM sections"
    conds = []
    if dept:
        conds.append("dept = '" + dept + "'")
    if min_seats is not None:
        conds.append("seats_left >= " + str(min_seats))
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return conn.execute(sql).fetchall()
