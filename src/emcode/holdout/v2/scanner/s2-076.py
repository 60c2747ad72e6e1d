import sqlite3


def search_titles(conn: sqlite3.Connection, text: str) -> list[str]:
    """Titles containing text literally (% and _ are not wildcards)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT title FROM books WHERE title LIKE ? ESCAPE '\\' ORDER BY title",
                        (f"%{escaped}%",)).fetchall()
    return [r[0] for r in rows]
