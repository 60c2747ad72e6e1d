def find_customer(cursor, last_name):
    sql = "SELECT id, first, last FROM customers "
    sql = sql + "WHERE last = '%s'" % last_name
    cursor.execute(sql)
    return cursor.fetchall()
