import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE INDEX IF NOT EXISTS tags_name ON tags(name);
"""


def load_tags(path: str, names: list[str]) -> None:
    """Create the tag table in the database at path and insert names."""
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
        conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(n,) for n in names])
