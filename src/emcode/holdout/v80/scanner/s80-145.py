def donations_query(cur, fridge_id, donor=None, since=None):
    sql = "SELECT item, qty, donated_at FROM donations"
    sql += " WHERE fridge_id = %s"
    params = [fridge_id]
    if donor:
        sql += " AND donor = %s"
        params.append(donor)
    if since:
        sql += " AND donated_at >= %s"
        params.append(since)
    cur.execute(sql, params)
    return cur.fetchall()
