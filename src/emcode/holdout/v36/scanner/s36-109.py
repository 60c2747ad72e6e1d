def find_menu_items(cur, truck_id, word):
    pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    q = "SELECT name, price FROM menu_items WHERE truck_id = %s"
    q += " AND name ILIKE %s"
    cur.execute(q, (truck_id, pattern))
    return cur.fetchall()
