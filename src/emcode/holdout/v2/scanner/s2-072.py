import sqlite3


def find_user(conn: sqlite3.Connection, username: str) -> tuple | None:
    """Return (id, username, email) for username, or None."""
    cur = conn.cursor()
    cur.execute("SELECT id, username, email FROM users WHERE username = ?", (username,))
    return cur.fetchone()
