import sqlite3

def add_note(db_path, user_id, note):
    script = f"""
    BEGIN;
    INSERT INTO notes (user_id, body) VALUES ({user_id}, '{note}');
    UPDATE users SET note_count = note_count + 1 WHERE id = {user_id};
    COMMIT;
    """
    with sqlite3.connect(db_path) as conn:
        conn.executescript(script)

if __name__ == "__main__":
    import sys
    add_note("notes.db", int(sys.argv[1]), sys.argv[2])
