import sqlite3

EDITABLE = {"inverters": {"label", "max_kw", "site_id"}}

def update_row(conn: sqlite3.Connection, table: str, row_id: int, changes: dict) -> None:
    allowed = EDITABLE.get(table)
    if allowed is None or not changes or not set(changes) <= allowed:
        raise ValueError("table or column not editable")
    cols = sorted(changes)
    sql = "UPDATE " + table + " SET " + ", ".join(f"{c} = ?" for c in cols) + " WHERE id = ?"
    conn.execute(sql, [changes[c] for c in cols] + [row_id])
