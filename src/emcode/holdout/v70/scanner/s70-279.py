def delete_work_order(cursor, item_id):
    cursor.execute("DELETE FROM depot_work_orders WHERE id = %s", (item_id,))
    return cursor.rowcount
