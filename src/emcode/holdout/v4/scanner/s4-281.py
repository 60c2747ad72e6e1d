def search_products(cur, term, limit=20):
    sql = "SELECT id, name FROM products WHERE name LIKE '%"
    sql = sql + term + "%' LIMIT " + str(limit)
    cur.execute(sql)
    return cur.fetchall()
