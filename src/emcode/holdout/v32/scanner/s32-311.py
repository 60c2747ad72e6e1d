def list_rides(conn, rider_id, sort_by):
    query = "SELECT ride_id, started_at, distance_km FROM rides WHERE rider_id = ?"
    query = query + " ORDER BY " + sort_by
    return conn.execute(query, (rider_id,)).fetchall()
