def fetch_lots_by_ids(cursor, lot_ids):
    base = "SELECT id, title, grade, reserve FROM lots WHERE id IN ("
    quoted = ", ".join("'%s'" % lid for lid in lot_ids)
    statement = base + quoted + ")"
    cursor.execute(statement)
    return cursor.fetchall()
