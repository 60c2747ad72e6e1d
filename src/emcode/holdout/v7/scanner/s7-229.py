import argparse
import mysql.connector


def main():
    ap = argparse.ArgumentParser(description="Disable a user account")
    ap.add_argument("--user", required=True)
    ap.add_argument("--reason", default="manual")
    args = ap.parse_args()

    db = mysql.connector.connect(option_files="~/.my.cnf")
    cur = db.cursor()
    update = "UPDATE accounts SET active = 0, disabled_reason = '%s' " % args.reason
    update += "WHERE login = '%s'" % args.user
    cur.execute(update)
    db.commit()
    print(f"disabled {cur.rowcount} account(s)")


if __name__ == "__main__":
    main()
