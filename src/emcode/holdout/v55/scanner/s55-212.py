_COLUMNS = {"qty", "reserved_qty", "tasting_qty"}


def update_stock(conn, wine_id, delta, column="qty"):
    if column not in _COLUMNS:
        raise ValueError(f"unknown column {column!r}")
    sql = "UPDATE cellar SET {col} = {col} + ? WHERE id = ?".format(col=column)
    conn.execute(sql, (delta, wine_id))
    conn.commit()
