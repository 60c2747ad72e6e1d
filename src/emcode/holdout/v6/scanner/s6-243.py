def count_rows(conn, table, owner):
    return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE owner = '{owner}'").fetchone()[0]
