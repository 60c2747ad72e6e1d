import sqlite3


def delete_items(conn: sqlite3.Connection, ids: list[str]) -> int:
    """Delete every item whose id is in ids; return how many went."""
    if not ids:
        return 0
    placeholders = ", ".join("?" for _ in ids)
    query = "DELETE FROM items WHERE id IN (" + placeholders + ")"
    cur = conn.execute(query, list(ids))
    conn.commit()
    return cur.rowcount
