_DELETABLE = {("sessions", "user_id"), ("carts", "user_id"), ("tokens", "id")}


def delete_where(conn, table, column, value):
    if (table, column) not in _DELETABLE:
        raise ValueError(f"delete on {table}.{column} not allowed")
    sql = "DELETE FROM " + table
    sql += " WHERE " + column + " = ?"
    conn.execute(sql, (value,))
    conn.commit()
