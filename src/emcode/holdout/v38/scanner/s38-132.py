def purge_applications(conn, ids):
    id_sql = ", ".join(str(i) for i in ids)
    stmt = "DELETE FROM applications"
    stmt += " WHERE id IN (%s)" % id_sql
    conn.execute(stmt)
    conn.commit()
