PURGEABLE = {"order_events", "gps_pings", "session_tokens"}


def purge_old(conn, table, days):
    if table not in PURGEABLE:
        raise ValueError(f"not purgeable: {table!r}")
    conn.execute(f"DELETE FROM {table} WHERE created_at < date('now', ?)", (f"-{int(days)} days",))
    conn.commit()
