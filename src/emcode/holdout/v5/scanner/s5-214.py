import sqlite3

TABLES = frozenset({"sessions", "cache", "events"})

def reset_table(conn: sqlite3.Connection, table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    conn.executescript(f"DELETE FROM {table}; VACUUM;")
