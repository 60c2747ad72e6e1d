def count_rows(cursor, table):
    stmt = "SELECT COUNT(*) FROM {}".format(table)
    cursor.execute(stmt)
    return cursor.fetchone()[0]
