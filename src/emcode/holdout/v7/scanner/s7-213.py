def count_by_status(conn, status):
    conn.executescript("CREATE TEMP TABLE IF NOT EXISTS tmp_counts(n INTEGER);"
                       "DELETE FROM tmp_counts;"
                       "INSERT INTO tmp_counts SELECT COUNT(*) FROM tickets WHERE status = '" + status + "';")
    return conn.execute("SELECT n FROM tmp_counts").fetchone()[0]
