import csv
import os
import sqlite3
import sys


def export(db_path, out_path):
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT id, name, phone, insurer FROM patients").fetchall()
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "phone", "insurer"])
        w.writerows(rows)
    os.chmod(out_path, 0o666)
    print(f"wrote {len(rows)} patients to {out_path}")


if __name__ == "__main__":
    export(sys.argv[1], sys.argv[2])
