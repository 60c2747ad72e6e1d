def donations_query(cur, fridge_id, donor=None, since=None):
    sql = "SELECT item, qty, donated_at FROM donations"
    sql += " WHERE fridge_id = %d" % int(fridge_id)
    if donor:
        sql += f" AND donor = '{donor}'"
    if since:
        sql += f" AND donated_at >= '{since}'"
    cur.execute(sql)
    return cur.fetchall()
