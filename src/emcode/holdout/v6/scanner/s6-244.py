TABLES = {"notes", "tasks", "files"}

def count_rows(conn, table: str, owner: str) -> int:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE owner = ?", (owner,)).fetchone()[0]
