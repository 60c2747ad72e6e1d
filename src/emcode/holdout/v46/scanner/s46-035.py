ALLOWED = {"name", "latitude", "longitude", "elevation_m", "active"}


def update_station(conn, station_id, fields):
    cols = [k for k in fields if k in ALLOWED]
    if not cols:
        return
    sql = "UPDATE stations SET " + ", ".join(f"{c} = ?" for c in cols)
    sql += " WHERE id = ?"
    conn.execute(sql, [fields[c] for c in cols] + [station_id])
    conn.commit()
