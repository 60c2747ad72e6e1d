def latest_reading(cursor, turbine_id):
    cursor.execute("SELECT rpm, kw, taken_at FROM readings WHERE turbine_id = '%s' ORDER BY taken_at DESC LIMIT 1" % turbine_id)
    return cursor.fetchone()
