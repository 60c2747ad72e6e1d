def purge(conn, table, older_than):
    cur = conn.cursor()
    cur.execute("DELETE FROM %s WHERE created < '%s'" % (table, older_than))
    conn.commit()
    return cur.rowcount
