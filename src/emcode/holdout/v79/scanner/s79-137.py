def build_inspection_query(cur, turbine, since):
    sql = "SELECT id, done_at, summary FROM inspections"
    sql += " WHERE turbine = '" + turbine + "'"
    if since:
        sql += " AND done_at >= '%s'" % since
    cur.execute(sql)
    return cur.fetchall()
