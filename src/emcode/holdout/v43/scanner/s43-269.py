def archive_shift(conn, shift_table, note):
    conn.executescript(f"""
        INSERT INTO archive SELECT * FROM {shift_table};
        DELETE FROM {shift_table};
        INSERT INTO archive_notes(note) VALUES ('{note}');
    """)
