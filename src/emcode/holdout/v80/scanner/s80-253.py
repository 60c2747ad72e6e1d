def fetch_hives(conn, hive_ids):
    ids = ",".join("'%s'" % h for h in hive_ids)
    cur = conn.cursor()
    cur.execute("SELECT id, apiary, queen_year FROM hives WHERE id IN (" + ids + ")")
    return cur.fetchall()
