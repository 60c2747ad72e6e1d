import sqlite3


def update_record(conn: sqlite3.Connection, table: str, record_id: int, changes: dict[str, str]) -> None:
    """Apply changes (column -> new value) to one row."""
    sets = []
    for column, value in changes.items():
        sets.append(f"{column} = '{value}'")
    sql = f"UPDATE {table} SET " + ", ".join(sets)
    sql += f" WHERE id = {int(record_id)}"
    conn.execute(sql)
    conn.commit()
