import sys
import mysql.connector


def main():
    username = sys.argv[1]
    db = mysql.connector.connect(user="admin", database="app")
    cursor = db.cursor()
    stmt = "DELETE FROM sessions WHERE "
    stmt = stmt + "user = '" + username + "'"
    cursor.execute(stmt)
    db.commit()
    print("removed", cursor.rowcount, "sessions")


if __name__ == "__main__":
    main()
