import argparse
import datetime as dt
import sqlite3

QUERY = """
SELECT e.name, SUM(t.hours) AS hours
FROM timesheets t
JOIN employees e ON e.id = t.employee_id
WHERE t.work_date BETWEEN ? AND ?
"""


def report(db: str, start: dt.date, end: dt.date, team: str | None):
    sql = QUERY
    params: list = [start.isoformat(), end.isoformat()]
    if team:
        sql += " AND e.team = ?"
        params.append(team)
    sql += " GROUP BY e.name ORDER BY hours DESC"
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="payroll.db")
    ap.add_argument("--start", type=dt.date.fromisoformat, required=True)
    ap.add_argument("--end", type=dt.date.fromisoformat, required=True)
    ap.add_argument("--team")
    a = ap.parse_args()
    for name, hours in report(a.db, a.start, a.end, a.team):
        print(f"{name:30} {hours:6.1f}")


if __name__ == "__main__":
    main()
