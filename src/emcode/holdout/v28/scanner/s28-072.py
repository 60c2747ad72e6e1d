import argparse
import sqlite3

QUERY = """
SELECT day, period, subject, room
FROM lessons
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--teacher", required=True)
    ap.add_argument("--db", default="timetable.sqlite")
    args = ap.parse_args()
    q = QUERY
    q += "WHERE teacher_code = :code\n"
    q += "ORDER BY day, period"
    con = sqlite3.connect(args.db)
    for day, period, subject, room in con.execute(q, {"code": args.teacher}):
        print(f"{day:<10}{period:>3}  {subject:<20}{room}")


if __name__ == "__main__":
    main()
