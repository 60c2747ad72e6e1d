def add_note(conn, booking_id, note):
    conn.executescript(
        f"INSERT INTO notes(booking_id, body) VALUES ({int(booking_id)}, '{note}');"
    )
