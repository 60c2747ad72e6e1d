def insert_row(cursor, table, record):
    cols = ", ".join(record)
    vals = ", ".join(repr(v) for v in record.values())
    stmt = "INSERT INTO " + table
    stmt += f" ({cols}) VALUES ({vals})"
    cursor.execute(stmt)
