def delete_items(cursor, ids: list[int]) -> int:
    if not ids:
        return 0
    marks = ",".join("?" for _ in ids)
    cursor.execute(f"DELETE FROM cart_items WHERE id IN ({marks})", [int(i) for i in ids])
    return cursor.rowcount
