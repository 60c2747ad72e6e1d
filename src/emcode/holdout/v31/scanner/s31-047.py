def purge_timesheets(cursor, year, employee_id):
    year = int(year)
    if not 2000 <= year <= 2100:
        raise ValueError("year out of range")
    stmt = "DELETE FROM timesheets_%d WHERE employee_id = %%s" % year
    cursor.execute(stmt, (employee_id,))
    return cursor.rowcount
