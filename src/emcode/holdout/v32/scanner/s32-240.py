def plots_by_ids(cursor, plot_ids):
    ids = ",".join(str(p) for p in plot_ids)
    stmt = "SELECT plot_id, holder FROM plots"
    stmt += " WHERE plot_id IN (%s)" % ids
    cursor.execute(stmt)
    return cursor.fetchall()
