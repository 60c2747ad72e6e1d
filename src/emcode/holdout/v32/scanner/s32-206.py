def find_members(conn, tier=None, name=None):
    sql = "SELECT id, name, tier, miles FROM members WHERE 1=1"
    params = []
    if tier:
        sql += " AND tier = ?"
        params.append(tier)
    if name:
        sql += " AND name LIKE ?"
        params.append(f"%{name}%")
    sql += " ORDER BY miles DESC"
    cur = conn.cursor()
    cur.execute(sql, params)
    return cur.fetchall()
