def find_bookings(conn, hotel_id, guest_name=None, status=None):
    sql = "SELECT id, guest_name, arrival, status FROM bookings WHERE hotel_id = ?"
    args = [int(hotel_id)]
    if guest_name:
        sql += " AND guest_name LIKE ?"
        args.append(guest_name + "%")
    if status:
        sql += " AND status = ?"
        args.append(status)
    return conn.execute(sql, args).fetchall()
