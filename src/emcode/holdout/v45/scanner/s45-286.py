def sailings_between(conn, origin, destination, day):
    sql = "SELECT id, departs, vessel FROM sailings"
    sql += " WHERE origin = '%s'" % origin
    sql += " AND destination = '%s'" % destination
    sql += " AND date(departs) = ?"
    cur = conn.cursor()
    cur.execute(sql, (day,))
    return cur.fetchall()
