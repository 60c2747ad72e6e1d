def update_row(conn, table, row_id, changes):
    assignments = []
    for col, val in changes.items():
        assignments.append("%s = '%s'" % (col, val))
    sql = "UPDATE " + table + " SET " + ", ".join(assignments)
    sql += " WHERE id = " + str(row_id)
    conn.execute(sql)
