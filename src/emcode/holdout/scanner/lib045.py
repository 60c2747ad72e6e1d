import sqlite3


def find_user(conn: sqlite3.Connection, email: str):
    """Return the user row with this email, or None."""
    sql = "SELECT id, name, email FROM users"
    sql += " WHERE email = '" + email + "'"
    return conn.execute(sql).fetchone()
