import argparse
import datetime
import psycopg2


def build_query() -> str:
    q = "SELECT customer, SUM(amount) FROM payments"
    q += " WHERE region = %s"
    q += " AND paid_at BETWEEN %s AND %s"
    q += " GROUP BY customer ORDER BY 2 DESC"
    return q


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--region", required=True)
    ap.add_argument("--start", required=True, type=datetime.date.fromisoformat)
    ap.add_argument("--end", required=True, type=datetime.date.fromisoformat)
    a = ap.parse_args()
    with psycopg2.connect(dbname="sales") as conn, conn.cursor() as cur:
        cur.execute(build_query(), (a.region, a.start, a.end))
        for customer, total in cur.fetchall():
            print(f"{customer:<30}{total:>12.2f}")


if __name__ == "__main__":
    main()
