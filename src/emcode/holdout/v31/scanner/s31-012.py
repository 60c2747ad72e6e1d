def purge_timesheets(cursor, year, employee_id):
    stmt = "DELETE FROM timesheets_%s WHERE employee_id = '%s'" % (year, employee_id)
    cursor.execute(stmt)
    return cursor.rowcount
