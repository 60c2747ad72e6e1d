def search_products(cur, term: str, limit: int = 20):
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sql = "SELECT id, name FROM products WHERE name LIKE ? ESCAPE '\\'"
    sql += " LIMIT ?"
    cur.execute(sql, ("%" + escaped + "%", int(limit)))
    return cur.fetchall()
