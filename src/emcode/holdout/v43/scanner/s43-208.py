def find_bookings(conn, venue=None, date_from=None, status=None):
    sql = "SELECT id, couple, venue, event_date, status FROM bookings"
    conds = []
    if venue:
        conds.append(f"venue = '{venue}'")
    if date_from:
        conds.append(f"event_date >= '{date_from}'")
    if status:
        conds.append(f"status = '{status}'")
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
