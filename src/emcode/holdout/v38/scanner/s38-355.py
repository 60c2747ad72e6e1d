def find_passes(conn, holder=None, tier=None):
    sql = "SELECT pass_no, holder, tier FROM passes"
    where, params = [], []
    if holder:
        where.append("holder LIKE ?")
        params.append(f"%{holder}%")
    if tier:
        where.append("tier = ?")
        params.append(tier)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return conn.execute(sql, params).fetchall()
