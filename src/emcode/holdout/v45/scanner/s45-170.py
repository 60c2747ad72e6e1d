def import_volunteers(conn, names):
    with conn:
        conn.executemany("INSERT INTO volunteers (name) VALUES (?)", [(n,) for n in names])
