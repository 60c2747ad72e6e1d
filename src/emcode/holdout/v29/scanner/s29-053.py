def fetch_devices(conn, room_names, only_online=False):
    marks = ", ".join("?" for _ in room_names)
    sql = "SELECT id, name, room, online FROM devices WHERE room IN (" + marks + ")"
    if only_online:
        sql += " AND online = 1"
    cur = conn.cursor()
    cur.execute(sql, tuple(room_names))
    return cur.fetchall()
