import sqlite3


def search_products(conn: sqlite3.Connection, words: list[str], limit: int = 50):
    sql = "SELECT id, name FROM products WHERE 1=1"
    params: list[object] = []
    for w in words:
        pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql += " AND name LIKE ? ESCAPE '\\'"
        params.append(pattern)
    sql += " LIMIT ?"
    params.append(max(1, min(int(limit), 200)))
    return conn.execute(sql, params).fetchall()
