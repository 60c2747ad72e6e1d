from sqlalchemy import text


def rentals_for(conn, skater):
    stmt = text("SELECT * FROM skate_rentals WHERE skater = '{}'".format(skater))
    return conn.execute(stmt).all()
