def fetch_devices(conn, room_names, only_online=False):
    sql = "SELECT id, name, room, online FROM devices WHERE room IN ("
    sql += ", ".join("'" + r + "'" for r in room_names)
    sql += ")"
    if only_online:
        sql += " AND online = 1"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
