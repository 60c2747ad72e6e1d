import sqlite3

ORDERS = {"peak": "peak DESC", "station": "station ASC"}


def top_stations(db_path, order_by, limit):
    q = "SELECT station, MAX(level_mm) AS peak FROM readings GROUP BY station"
    q += " ORDER BY " + ORDERS.get(order_by, "peak DESC")
    q += " LIMIT ?"
    con = sqlite3.connect(db_path)
    try:
        return con.execute(q, (int(limit),)).fetchall()
    finally:
        con.close()
