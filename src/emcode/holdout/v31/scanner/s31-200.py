import sqlite3
import sys


def rename_member(db_path, member_id, nickname):
    conn = sqlite3.connect(db_path)
    script = """
    BEGIN;
    UPDATE members SET nickname = '%s' WHERE id = %d;
    INSERT INTO audit(action) VALUES ('rename');
    COMMIT;
    """ % (nickname, member_id)
    conn.executescript(script)
    conn.close()


if __name__ == "__main__":
    rename_member("fitness.db", int(sys.argv[1]), sys.argv[2])
