import MySQLdb


def find_bookings(conn, walker_id, day=None):
    cur = conn.cursor()
    q = "SELECT b.id, d.name, b.start_time "
    q = q + "FROM bookings b JOIN dogs d ON d.id = b.dog_id "
    q = q + "WHERE b.walker_id = %s "
    args = (walker_id,)
    if day is not None:
        q = q + "AND DATE(b.start_time) = %s "
        args = args + (day,)
    q = q + "ORDER BY b.start_time"
    cur.execute(q, args)
    rows = cur.fetchall()
    cur.close()
    return rows
