from sqlalchemy import text


def search_artworks(session, term):
    stmt = text("SELECT id, title FROM artworks WHERE title ILIKE :pat ORDER BY title")
    return session.execute(stmt, {"pat": f"%{term}%"}).all()
