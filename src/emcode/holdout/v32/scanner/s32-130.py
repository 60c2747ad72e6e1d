def plots_by_ids(cursor, plot_ids):
    ids = [int(p) for p in plot_ids]
    if not ids:
        return []
    marks = ", ".join(["%s"] * len(ids))
    stmt = "SELECT plot_id, holder FROM plots"
    stmt += f" WHERE plot_id IN ({marks})"
    cursor.execute(stmt, ids)
    return cursor.fetchall()
