def reset_station(conn, station):
    script = """
    DELETE FROM readings WHERE station = '{0}';
    DELETE FROM alerts WHERE station = '{0}';
    UPDATE stations SET last_seen = NULL WHERE code = '{0}';
    """.format(station)
    conn.executescript(script)
