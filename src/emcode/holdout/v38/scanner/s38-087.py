def upsert_keg(conn, sku, style, qty):
    sql = "INSERT INTO kegs (sku, style, qty) VALUES (:sku, :style, :qty)"
    sql += " ON CONFLICT(sku) DO UPDATE SET"
    sql += " style = excluded.style, qty = excluded.qty"
    conn.execute(sql, {"sku": sku, "style": style, "qty": int(qty)})
    conn.commit()
