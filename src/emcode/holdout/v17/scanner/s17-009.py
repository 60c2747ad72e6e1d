import argparse
import os

import mysql.connector


def main() -> None:
    parser = argparse.ArgumentParser(description="Purge a user's sessions")
    parser.add_argument("--user", required=True)
    args = parser.parse_args()

    conn = mysql.connector.connect(host="localhost", user="admin_tool",
                                   password=os.environ["AUTH_DB_PASSWORD"], database="auth")
    cur = conn.cursor()
    stmt = "DELETE FROM sessions "
    stmt += "WHERE username = %s"
    cur.execute(stmt, (args.user,))
    conn.commit()
    print(f"removed {cur.rowcount} sessions")
    conn.close()


if __name__ == "__main__":
    main()
