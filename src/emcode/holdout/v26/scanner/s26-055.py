def build_filter_query(filters: dict) -> str:
    where = []
    for column, value in filters.items():
        where.append(f"{column} = '{value}'")
    sql = "SELECT * FROM bookings"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql
