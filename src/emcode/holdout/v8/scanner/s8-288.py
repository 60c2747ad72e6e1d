def delete_items(cursor, ids):
    id_list = ",".join(ids)
    cursor.execute("DELETE FROM cart_items WHERE id IN (" + id_list + ")")
    return cursor.rowcount
