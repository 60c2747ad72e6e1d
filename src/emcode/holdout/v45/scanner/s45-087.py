ALLOWED_COLUMNS = {"room", "team_name", "status", "day"}


def count_bookings(cur, filters):
    where, params = [], []
    for col, val in filters.items():
        if col not in ALLOWED_COLUMNS:
            raise ValueError(f"cannot filter on {col!r}")
        where.append(f"{col} = %s")
        params.append(val)
    q = "SELECT COUNT(*) FROM bookings"
    if where:
        q += " WHERE " + " AND ".join(where)
    cur.execute(q, params)
    return cur.fetchone()[0]
