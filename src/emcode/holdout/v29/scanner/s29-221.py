import argparse
import json
import sqlite3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claim_id", type=int)
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--db", default="claims.sqlite3")
    args = ap.parse_args()
    con = sqlite3.connect(args.db)
    con.row_factory = sqlite3.Row
    row = con.execute("SELECT * FROM claims WHERE id = ?", (args.claim_id,)).fetchone()
    if row is None:
        raise SystemExit("no such claim")
    text = json.dumps(dict(row), indent=2, default=str)
    if args.out == "-":
        print(text)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
