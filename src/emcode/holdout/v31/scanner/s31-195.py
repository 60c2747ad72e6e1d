def find_listings(conn, city=None, min_beds=None, max_price=None):
    sql = "SELECT id, address, price FROM listings WHERE active = 1"
    params = []
    if city:
        sql += " AND city = %s"
        params.append(city)
    if min_beds:
        sql += " AND bedrooms >= %s"
        params.append(int(min_beds))
    if max_price:
        sql += " AND price <= %s"
        params.append(max_price)
    cur = conn.cursor()
    cur.execute(sql, params)
    return cur.fetchall()
