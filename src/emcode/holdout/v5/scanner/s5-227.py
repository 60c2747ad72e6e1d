def fetch_many(cur, ids):
    quoted = ",".join("'%s'" % i for i in ids)
    sql = "SELECT * FROM items WHERE id IN ("
    sql = sql + quoted + ")"
    cur.execute(sql)
    return cur.fetchall()
