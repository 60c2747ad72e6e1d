def update_dock(conn, dock_id, fields):
    sets = ", ".join(f"{col} = '{val}'" for col, val in fields.items())
    stmt = "UPDATE docks SET " + sets
    stmt += " WHERE id = " + str(dock_id)
    conn.execute(stmt)
    conn.commit()
