def find_menu_items(cur, truck_id, word):
    q = "SELECT name, price FROM menu_items WHERE truck_id = %s" % int(truck_id)
    q = q + " AND name ILIKE '%%%s%%'" % word
    cur.execute(q)
    return cur.fetchall()
