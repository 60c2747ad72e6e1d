TABLES = frozenset({"events", "metrics", "alerts"})


def count_since(conn, table: str, since: str) -> int:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    sql = "SELECT COUNT(*) FROM " + table
    sql += " WHERE created_at >= ?"
    return conn.execute(sql, (since,)).fetchone()[0]
