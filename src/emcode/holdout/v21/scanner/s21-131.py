def delete_where(conn, table, column, value):
    sql = "DELETE FROM " + table
    sql = sql + " WHERE " + column + " = '" + str(value) + "'"
    conn.execute(sql)
    conn.commit()
