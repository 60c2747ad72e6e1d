import sqlite3


def count_rows(db_path: str, table: str) -> int:
    """Number of rows in ``table``."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
