_EDITABLE = ("capacity", "street", "active")


def update_dock(conn, dock_id, fields):
    cols = [c for c in _EDITABLE if c in fields]
    if not cols:
        return
    stmt = "UPDATE docks SET " + ", ".join(f"{c} = ?" for c in cols)
    stmt += " WHERE id = ?"
    conn.execute(stmt, [fields[c] for c in cols] + [dock_id])
    conn.commit()
