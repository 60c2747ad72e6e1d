def count_rows(conn, table, owner):
    q = f"SELECT COUNT(*) FROM {table} WHERE owner = '{owner}'"
    return conn.execute(q).fetchone()[0]
