import argparse
import sqlite3

STATUSES = ("open", "in_review", "approved", "rejected", "paid")


def main():
    ap = argparse.ArgumentParser(description="Update a claim's status")
    ap.add_argument("claim_id")
    ap.add_argument("status", choices=STATUSES)
    ap.add_argument("--db", default="claims.sqlite3")
    args = ap.parse_args()

    stmt = "UPDATE claims SET status = ?"
    stmt += " WHERE claim_id = ?"
    con = sqlite3.connect(args.db)
    with con:
        cur = con.execute(stmt, (args.status, args.claim_id))
    print("updated" if cur.rowcount else "no such claim", args.claim_id)


if __name__ == "__main__":
    main()
