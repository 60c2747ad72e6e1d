def find_by_tags(cursor, tags):
    quoted = ",".join(repr(t) for t in tags)
    sql = "SELECT id, name FROM products"
    sql += " WHERE tag IN (" + quoted + ")"
    cursor.execute(sql)
    return cursor.fetchall()
