def purge_older_than(conn, table, days):
    stmt = "DELETE FROM {} WHERE created_at < date('now', '-{} days')".format(table, days)
    conn.execute(stmt)
    conn.commit()
