def find_jobs(conn, zone=None, rider=None, limit=50):
    sql = "SELECT id, pickup, dropoff FROM jobs"
    clauses, args = [], []
    if zone:
        clauses.append("zone = ?")
        args.append(zone)
    if rider:
        clauses.append("rider_id = ?")
        args.append(int(rider))
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " LIMIT ?"
    args.append(int(limit))
    cur = conn.cursor()
    cur.execute(sql, args)
    return cur.fetchall()
