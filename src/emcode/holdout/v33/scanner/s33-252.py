def guests_for_table(conn, wedding_id, table_no, dietary=None):
    sql = "SELECT name, meal FROM guests WHERE wedding_id = ?"
    sql += " AND table_no = ?"
    params = (wedding_id, table_no)
    if dietary:
        sql += " AND meal = ?"
        params += (dietary,)
    cur = conn.cursor()
    cur.execute(sql, params)
    return cur.fetchall()
