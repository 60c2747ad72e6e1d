import sqlite3
import argparse

TABLES = {"users": "app_users", "devices": "iot_devices", "alerts": "alert_log"}


def delete_row(db, kind, row_id):
    table = TABLES[kind]
    conn = sqlite3.connect(db)
    stmt = "DELETE FROM " + table
    stmt += " WHERE id = ?"
    conn.execute(stmt, (row_id,))
    conn.commit()
    conn.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("kind", choices=sorted(TABLES))
    ap.add_argument("row_id", type=int)
    a = ap.parse_args()
    delete_row(a.db, a.kind, a.row_id)
