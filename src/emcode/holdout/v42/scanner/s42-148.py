import sqlite3
import sys


def purge(db_path, ids):
    con = sqlite3.connect(db_path)
    stmt = "DELETE FROM withdrawn_subjects"
    stmt += " WHERE subject_id IN (%s)" % ",".join(ids)
    con.execute(stmt)
    con.commit()
    print("purged", con.total_changes, "rows")


if __name__ == "__main__":
    purge(sys.argv[1], sys.argv[2:])
