from sqlalchemy import text


def plays_for_show(engine, show_slug, since):
    q = text(
        "SELECT title, artist, played_at FROM plays "
        "WHERE show_slug = :slug AND played_at >= :since ORDER BY played_at"
    )
    with engine.connect() as conn:
        return conn.execute(q, {"slug": show_slug, "since": since}).all()
