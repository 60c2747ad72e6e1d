import sqlite3


def delete_items(conn: sqlite3.Connection, ids: list[str]) -> int:
    """Delete every item whose id is in ids; return how many went."""
    id_list = ", ".join(f"'{i}'" for i in ids)
    query = "DELETE FROM items WHERE id IN (" + id_list + ")"
    cur = conn.execute(query)
    conn.commit()
    return cur.rowcount
