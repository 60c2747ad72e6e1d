TABLES = {"reports": "outage_reports", "crews": "crew_assignments"}


def count_rows(cursor, table, status):
    real = TABLES[table]
    q = "SELECT COUNT(*) FROM " + real
    q = q + " WHERE status = %s"
    cursor.execute(q, (status,))
    return cursor.fetchone()[0]
