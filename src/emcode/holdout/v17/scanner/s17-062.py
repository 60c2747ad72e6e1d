import argparse
import mysql.connector


def main():
    parser = argparse.ArgumentParser(description="Purge a user's sessions")
    parser.add_argument("--user", required=True)
    parser.add_argument("--host", default="localhost")
    args = parser.parse_args()

    conn = mysql.connector.connect(host=args.host, user="admin_tool", database="auth")
    cur = conn.cursor()
    stmt = "DELETE FROM sessions "
    stmt = stmt + "WHERE username = '{}'".format(args.user)
    cur.execute(stmt)
    conn.commit()
    print(f"removed {cur.rowcount} sessions")
    conn.close()


if __name__ == "__main__":
    main()
