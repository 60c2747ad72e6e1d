def search_episodes(conn, term, limit=20):
    q = "SELECT id, title FROM episodes WHERE title LIKE ? LIMIT ?"
    return conn.execute(q, (f"%{term}%", int(limit))).fetchall()
