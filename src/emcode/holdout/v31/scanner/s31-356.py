from sqlalchemy import text


def search_artworks(session, term):
    stmt = text(f"SELECT id, title FROM artworks WHERE title ILIKE '%{term}%' ORDER BY title")
    return session.execute(stmt).all()
