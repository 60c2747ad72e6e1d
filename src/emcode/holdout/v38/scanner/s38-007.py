def find_passes(conn, holder=None, tier=None):
    sql = "SELECT pass_no, holder, tier FROM passes"
    where = []
    if holder:
        where.append("holder LIKE '%" + holder + "%'")
    if tier:
        where.append(f"tier = '{tier}'")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return conn.execute(sql).fetchall()
