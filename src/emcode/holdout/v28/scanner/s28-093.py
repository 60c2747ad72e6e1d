def find_bookings(conn, hotel_id, guest_name=None, status=None):
    sql = "SELECT id, guest_name, arrival, status FROM bookings"
    sql += " WHERE hotel_id = %d" % int(hotel_id)
    if guest_name:
        sql += f" AND guest_name LIKE '{guest_name}%'"
    if status:
        sql += f" AND status = '{status}'"
    return conn.execute(sql).fetchall()
