def zones_by_names(conn, names):
    names = list(names)
    if not names:
        return []
    marks = ", ".join("?" for _ in names)
    sql = "SELECT id, name, flow_lpm FROM zones WHERE name IN ("
    sql += marks
    sql += ")"
    return conn.execute(sql, names).fetchall()
