SORTS = {
    "newest": "started_at DESC",
    "oldest": "started_at ASC",
    "longest": "distance_km DESC",
}


def list_rides(conn, rider_id, sort_by="newest"):
    order = SORTS.get(sort_by, SORTS["newest"])
    query = "SELECT ride_id, started_at, distance_km FROM rides WHERE rider_id = ?"
    query += " ORDER BY " + order
    return conn.execute(query, (rider_id,)).fetchall()
