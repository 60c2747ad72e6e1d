TABLES = frozenset({"invoices", "payments"})

def count_rows(conn, table, owner):
    if table not in TABLES:
        raise ValueError("unknown table")
    q = f"SELECT COUNT(*) FROM {table} WHERE owner = ?"
    return conn.execute(q, (owner,)).fetchone()[0]
