ALLOWED_COLUMNS = {"walker_id", "dog_id", "status"}


def build_filter_query(filters: dict) -> tuple[str, list]:
    where, params = [], []
    for column, value in filters.items():
        if column not in ALLOWED_COLUMNS:
            raise KeyError(f"cannot filter on {column!r}")
        where.append(f"{column} = ?")
        params.append(value)
    sql = "SELECT * FROM bookings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params
