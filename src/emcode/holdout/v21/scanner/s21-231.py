def find_customer(cursor, email):
    cursor.execute("SELECT id, name FROM customers WHERE email = %s", (email,))
    return cursor.fetchone()
