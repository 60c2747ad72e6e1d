def add_tag(conn, tag: str) -> None:
    """Insert a tag if it does not exist."""
    conn.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (tag
