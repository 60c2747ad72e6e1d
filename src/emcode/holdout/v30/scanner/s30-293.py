import csv
import os
import sqlite3
import sys
import tempfile


def export(db_path, dest):
    directory = os.path.dirname(os.path.abspath(dest))
    fd, tmp = tempfile.mkstemp(dir=directory, suffix=".part")
    try:
        with os.fdopen(fd, "w", newline="") as fh, sqlite3.connect(db_path) as conn:
            w = csv.writer(fh)
            w.writerow(["sku", "qty"])
            w.writerows(conn.execute("SELECT sku, qty FROM stock ORDER BY sku"))
        os.replace(tmp, dest)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2])
