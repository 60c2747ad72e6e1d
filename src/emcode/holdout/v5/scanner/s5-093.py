import sqlite3

def reset_table(conn: sqlite3.Connection, table: str) -> None:
    conn.executescript(f"DELETE FROM {table}; VACUUM;")
