import sqlite3


def top_stations(db_path, order_by, limit):
    q = "SELECT station, MAX(level_mm) AS peak FROM readings GROUP BY station"
    q = q + " ORDER BY " + order_by
    q = q + " LIMIT " + str(limit)
    con = sqlite3.connect(db_path)
    try:
        return con.execute(q).fetchall()
    finally:
        con.close()
