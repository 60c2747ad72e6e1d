PURGEABLE = {"sessions", "audit_tmp", "password_resets"}


def purge_older_than(conn, table: str, days: int) -> None:
    if table not in PURGEABLE:
        raise ValueError(f"table {table!r} cannot be purged")
    conn.execute(f"DELETE FROM {table} WHERE created_at < date('now', ?)", (f"-{int(days)} days",))
    conn.commit()
