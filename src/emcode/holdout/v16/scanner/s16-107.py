def delete_rows(conn, table: str, key: str) -> int:
    cur = conn.execute("DELETE FROM {} WHERE key = '{}'".format(table, key))
    conn.commit()
    return cur.rowcount
