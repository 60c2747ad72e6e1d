import sqlite3

EDITABLE = frozenset({"title", "body", "status"})


def update_post(conn: sqlite3.Connection, post_id: int, changes: dict[str, str]) -> None:
    """Apply changes (column -> new value) to one post; unknown columns are an error."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"cannot edit {sorted(unknown)}")
    columns = sorted(changes)
    sql = "UPDATE posts SET " + ", ".join(f"{c} = ?" for c in columns)
    sql += " WHERE id = ?"
    conn.execute(sql, [changes[c] for c in columns] + [post_id])
    conn.commit()
