import argparse
from datetime import date

import psycopg2


def report(conn, turbine, start, end):
    q = ["SELECT turbine, done_at, technician, summary", "FROM maintenance_log", "WHERE done_at BETWEEN %(start)s AND %(end)s"]
    params = {"start": start, "end": end}
    if turbine:
        q.append("AND turbine = %(turbine)s")
        params["turbine"] = turbine
    q.append("ORDER BY done_at")
    with conn.cursor() as cur:
        cur.execute("\n".join(q), params)
        return cur.fetchall()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--turbine")
    ap.add_argument("--start", type=date.fromisoformat, required=True)
    ap.add_argument("--end", type=date.fromisoformat, required=True)
    a = ap.parse_args()
    with psycopg2.connect("dbname=windfarm") as conn:
        for row in report(conn, a.turbine, a.start, a.end):
            print(*row, sep="\t")
