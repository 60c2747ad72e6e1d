def count_rows(cursor, table, status):
    q = "SELECT COUNT(*) FROM " + table
    q = q + " WHERE status = '%s'" % status
    cursor.execute(q)
    return cursor.fetchone()[0]
