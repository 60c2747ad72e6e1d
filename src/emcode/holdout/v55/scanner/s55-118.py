def update_stock(conn, wine_id, delta, column="qty"):
    sql = "UPDATE cellar SET {col} = {col} + ? WHERE id = ?".format(col=column)
    conn.execute(sql, (delta, wine_id))
    conn.commit()
