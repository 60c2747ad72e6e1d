import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser(description="Update a claim's status")
    ap.add_argument("claim_id")
    ap.add_argument("status")
    ap.add_argument("--db", default="claims.sqlite3")
    args = ap.parse_args()

    stmt = "UPDATE claims SET status = '%s'" % args.status
    stmt = stmt + " WHERE claim_id = '%s'" % args.claim_id
    con = sqlite3.connect(args.db)
    with con:
        con.execute(stmt)
    print("updated", args.claim_id)


if __name__ == "__main__":
    main()
