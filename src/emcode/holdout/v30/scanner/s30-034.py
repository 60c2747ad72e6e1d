from psycopg2 import sql


def count_rows(cursor, table):
    stmt = sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(table))
    cursor.execute(stmt)
    return cursor.fetchone()[0]
