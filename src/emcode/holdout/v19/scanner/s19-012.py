import sqlite3
import argparse


def find_user(db_path, username):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    base = "SELECT id, email, last_login FROM users"
    where = " WHERE username = '%s'" % username
    cur.execute(base + where)
    row = cur.fetchone()
    conn.close()
    return row


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Look up a user account")
    ap.add_argument("db")
    ap.add_argument("username")
    args = ap.parse_args()
    print(find_user(args.db, args.username))
