def guests_for_table(conn, wedding_id, table_no, dietary=None):
    sql = "SELECT name, meal FROM guests WHERE wedding_id = "
    sql += f"{wedding_id} AND table_no = {table_no}"
    if dietary:
        sql += f" AND meal = '{dietary}'"
    cur = conn.cursor()
    cur.execute(sql)
    return cur.fetchall()
