TABLES = ("sessions", "cache", "jobs")


def delete_rows(conn, table: str, key: str) -> int:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    cur = conn.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
    conn.commit()
    return cur.rowcount
