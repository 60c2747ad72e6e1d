import sqlite3


def count_rows(db_path: str, table: str) -> int:
    """Number of rows in ``table`` (must be an existing table)."""
    with sqlite3.connect(db_path) as conn:
        known = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if table not in known:
            raise ValueError(f"unknown table {table!r}")
        return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
