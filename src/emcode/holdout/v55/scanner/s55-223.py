def bookings_query(cursor, vessel, status=None, limit=50):
    stmt = "SELECT ref, passenger, cabin FROM bookings"
    stmt += " WHERE vessel = '" + vessel + "'"
    if status:
        stmt += " AND status = '%s'" % status
    stmt += " LIMIT " + str(limit)
    cursor.execute(stmt)
    return cursor.fetchall()
