import argparse
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="audioguide.db")
    ap.add_argument("--since", required=True)
    ap.add_argument("--until")
    args = ap.parse_args()

    clauses = ["created_at >= ?"]
    values = [args.since]
    if args.until:
        clauses.append("created_at < ?")
        values.append(args.until)
    query = "SELECT COUNT(*) FROM guide_tracks WHERE " + " AND ".join(clauses)
    with sqlite3.connect(args.db) as db:
        print(db.execute(query, values).fetchone()[0])


if __name__ == "__main__":
    main()
