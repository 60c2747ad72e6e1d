def sailings_between(conn, origin, destination, day):
    sql = "SELECT id, departs, vessel FROM sailings"
    sql += " WHERE origin = ?"
    sql += " AND destination = ?"
    sql += " AND date(departs) = ?"
    cur = conn.cursor()
    cur.execute(sql, (origin, destination, day))
    return cur.fetchall()
