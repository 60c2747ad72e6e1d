def find_bookings(conn, venue=None, date_from=None, status=None):
    sql = "SELECT id, couple, venue, event_date, status FROM bookings"
    conds, params = [], []
    if venue:
        conds.append("venue = %s")
        params.append(venue)
    if date_from:
        conds.append("event_date >= %s")
        params.append(date_from)
    if status:
        conds.append("status = %s")
        params.append(status)
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    cur = conn.cursor()
    cur.execute(sql, params)
    return cur.fetchall()
