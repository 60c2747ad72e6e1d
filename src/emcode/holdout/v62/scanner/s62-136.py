def zones_by_names(conn, names):
    sql = "SELECT id, name, flow_lpm FROM zones WHERE name IN ("
    sql += ", ".join("'%s'" % n for n in names)
    sql += ")"
    return conn.execute(sql).fetchall()
