def purge_applications(conn, ids):
    ids = [int(i) for i in ids]
    if not ids:
        return
    stmt = "DELETE FROM applications"
    stmt += " WHERE id IN (%s)" % ", ".join("?" * len(ids))
    conn.execute(stmt, ids)
    conn.commit()
