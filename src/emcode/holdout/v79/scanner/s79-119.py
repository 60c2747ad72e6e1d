def build_inspection_query(cur, turbine, since=None):
    sql = "SELECT id, done_at, summary FROM inspections"
    sql += " WHERE turbine = %s"
    params = [turbine]
    if since:
        sql += " AND done_at >= %s"
        params.append(since)
    sql += " ORDER BY done_at DESC"
    cur.execute(sql, params)
    return cur.fetchall()
