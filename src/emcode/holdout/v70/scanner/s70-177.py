def find_tracks(cur, museum_id, text, limit=20):
    q = "SELECT id, title FROM guide_tracks"
    q += " WHERE museum_id = %s"
    q += " AND title ILIKE %s"
    q += " LIMIT %s"
    cur.execute(q, (museum_id, f"%{text}%", limit))
    return cur.fetchall()
