def find_by_tags(cursor, tags):
    if not tags:
        return []
    marks = ", ".join(["%s"] * len(tags))
    sql = "SELECT id, name FROM products"
    sql += " WHERE tag IN (" + marks + ")"
    cursor.execute(sql, tuple(tags))
    return cursor.fetchall()
