def reset_station(conn, station):
    with conn:
        conn.execute("DELETE FROM readings WHERE station = ?", (station,))
        conn.execute("DELETE FROM alerts WHERE station = ?", (station,))
        conn.execute("UPDATE stations SET last_seen = NULL WHERE code = ?", (station,))
