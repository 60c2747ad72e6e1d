def bookings_query(cursor, vessel, status=None, limit=50):
    stmt = "SELECT ref, passenger, cabin FROM bookings"
    stmt += " WHERE vessel = %s"
    args = [vessel]
    if status:
        stmt += " AND status = %s"
        args.append(status)
    stmt += " LIMIT %s"
    args.append(int(limit))
    cursor.execute(stmt, args)
    return cursor.fetchall()
