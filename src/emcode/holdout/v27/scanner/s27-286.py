import sqlite3


def search_patterns(con: sqlite3.Connection, term: str) -> list:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"%{escaped}%"
    query = "SELECT id, name FROM patterns WHERE name LIKE ? ESCAPE '\\' ORDER BY name"
    return con.execute(query, (like,)).fetchall()
