def find_customer(cursor, last_name: str):
    cursor.execute("SELECT id, first, last FROM customers WHERE last = %s", (last_name,))
    return cursor.fetchall()
