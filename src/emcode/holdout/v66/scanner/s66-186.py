def find_jobs(conn, zone=None, rider=None, limit=50):
    sql = "SELECT id, pickup, dropoff FROM jobs"
    clauses = []
    if zone:
        clauses.append("zone = '%s'" % zone)
    if rider:
        clauses.append(f"rider_id = {rider}")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" LIMIT {int(limit)}"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
