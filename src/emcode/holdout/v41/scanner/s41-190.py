_TABLES = {"daily": "readings_daily", "hourly": "readings_hourly"}


def readings_between(conn, granularity, panel_id, start, end):
    table = _TABLES[granularity]
    sql = f"SELECT ts, watts FROM {table} WHERE panel_id = %s AND ts BETWEEN %s AND %s ORDER BY ts"
    with conn.cursor() as cur:
        cur.execute(sql, (panel_id, start, end))
        return cur.fetchall()
