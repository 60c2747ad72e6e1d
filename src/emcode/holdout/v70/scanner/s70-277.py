def find_tracks(cur, museum_id, text, limit=20):
    q = "SELECT id, title FROM guide_tracks"
    q += " WHERE museum_id = %d" % museum_id
    q += " AND title ILIKE '%%" + text + "%%'"
    q += " LIMIT %d" % limit
    cur.execute(q)
    return cur.fetchall()
