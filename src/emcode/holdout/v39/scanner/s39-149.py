def search_episodes(conn, term, limit=20):
    q = "SELECT id, title FROM episodes WHERE title LIKE '%{}%' LIMIT {}".format(term, limit)
    return conn.execute(q).fetchall()
