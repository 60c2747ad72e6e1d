def find_listings(conn, city=None, min_beds=None, max_price=None):
    sql = "SELECT id, address, price FROM listings WHERE active = 1"
    if city:
        sql += f" AND city = '{city}'"
    if min_beds:
        sql += f" AND bedrooms >= {min_beds}"
    if max_price:
        sql += f" AND price <= {max_price}"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
