def find_members(conn, tier=None, name=None):
    sql = "SELECT id, name, tier, miles FROM members WHERE 1=1"
    if tier:
        sql += f" AND tier = '{tier}'"
    if name:
        sql += f" AND name LIKE '%{name}%'"
    sql += " ORDER BY miles DESC"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
