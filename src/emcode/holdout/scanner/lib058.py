import sqlite3


def add_tag(conn: sqlite3.Connection, tag: str) -> None:
    """Insert a tag if it does not exist."""
    conn.executescript("INSERT OR IGNORE INTO tags(name) VALUES ('%s');" % tag)
