import argparse

from sqlalchemy import create_engine, text
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--status", default="open")
    ap.add_argument("--attorney")
    args = ap.parse_args()
    engine = create_engine(os.environ["CASES_DB_URL"])
    sql = "SELECT case_no, title, opened_on FROM cases WHERE status = :status"
    params = {"status": args.status}
    if args.attorney:
        sql += " AND attorney = :attorney"
        params["attorney"] = args.attorney
    with engine.connect() as conn:
        for row in conn.execute(text(sql), params):
            print(row.case_no, row.title, row.opened_on)


if __name__ == "__main__":
    main()
