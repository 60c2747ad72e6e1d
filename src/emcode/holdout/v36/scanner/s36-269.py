def purge_old(conn, table, days):
    conn.execute(f"DELETE FROM {table} WHERE created_at < date('now', ?)", (f"-{int(days)} days",))
    conn.commit()
