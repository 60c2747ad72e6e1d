def fetch_lots_by_ids(cursor, lot_ids):
    lot_ids = list(lot_ids)
    if not lot_ids:
        return []
    marks = ", ".join("?" for _ in lot_ids)
    statement = "SELECT id, title, grade, reserve FROM lots WHERE id IN (" + marks + ")"
    cursor.execute(statement, lot_ids)
    return cursor.fetchall()
