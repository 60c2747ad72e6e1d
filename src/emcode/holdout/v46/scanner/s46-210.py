def update_station(conn, station_id, fields):
    assignments = ", ".join(f"{k} = '{v}'" for k, v in fields.items())
    sql = "UPDATE stations SET " + assignments
    sql += " WHERE id = %d" % int(station_id)
    conn.execute(sql)
    conn.commit()
