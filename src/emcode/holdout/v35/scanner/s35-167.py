ALLOWED_COLUMNS = {
    "bikes": {"status", "mechanic", "notes", "due_date"},
    "customers": {"phone", "email", "notes"},
}


def apply_update(conn, table_name, record_id, changes):
    cols = ALLOWED_COLUMNS.get(table_name)
    if cols is None:
        raise ValueError(f"unknown table {table_name!r}")
    bad = set(changes) - cols
    if bad:
        raise ValueError(f"cannot update {sorted(bad)}")
    names = sorted(changes)
    stmt = f"UPDATE {table_name} SET "
    stmt += ", ".join(f"{c} = ?" for c in names)
    stmt += " WHERE id = ?"
    cur = conn.cursor()
    cur.execute(stmt, [changes[c] for c in names] + [record_id])
    conn.commit()
    return cur.rowcount
