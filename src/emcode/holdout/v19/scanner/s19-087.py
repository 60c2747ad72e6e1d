import argparse
import pymysql


def find_user(conn, username):
    with conn.cursor() as cur:
        base = "SELECT id, email, last_login FROM users"
        where = " WHERE username = %s"
        cur.execute(base + where, (username,))
        return cur.fetchone()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Look up a user account")
    ap.add_argument("--host", default="localhost")
    ap.add_argument("username")
    args = ap.parse_args()
    conn = pymysql.connect(host=args.host, user="readonly", database="app", read_default_file="~/.my.cnf")
    print(find_user(conn, args.username))
