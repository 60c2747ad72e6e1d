COLUMNS = ("name", "city", "status")


def select_customers(conn, filters: dict):
    unknown = set(filters) - set(COLUMNS)
    if unknown:
        raise KeyError(f"unknown filter(s): {sorted(unknown)}")
    keys = [k for k in COLUMNS if k in filters]
    sql = "SELECT id, name, city, status FROM customers"
    if keys:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in keys)
    return conn.execute(sql, [filters[k] for k in keys]).fetchall()
