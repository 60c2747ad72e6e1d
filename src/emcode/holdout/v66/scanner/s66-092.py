from sqlalchemy import text


def plays_for_show(engine, show_slug):
    q = text(f"SELECT title, artist FROM plays WHERE show_slug = '{show_slug}'")
    with engine.connect() as conn:
        return conn.execute(q).all()
