PURGEABLE = {"sessions", "audit_tmp"}


def purge(conn, table, older_than):
    if table not in PURGEABLE:
        raise ValueError(f"table {table!r} may not be purged")
    cur = conn.cursor()
    cur.execute(f"DELETE FROM {table} WHERE created < ?", (older_than,))
    conn.commit()
    return cur.rowcount
