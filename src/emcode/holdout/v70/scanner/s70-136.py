from sqlalchemy import text


def rentals_for(conn, skater):
    stmt = text("SELECT * FROM skate_rentals WHERE skater = :skater")
    return conn.execute(stmt, {"skater": skater}).all()
