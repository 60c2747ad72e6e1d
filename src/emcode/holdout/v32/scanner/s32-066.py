import os

import psycopg2


def main():
    conn = psycopg2.connect(
        host=os.environ.get("PGHOST", "db.legal.internal"),
        dbname="cases",
        user=os.environ.get("PGUSER", "reporter"),
        password=os.environ["PGPASSWORD"],
    )
    with conn, conn.cursor() as cur:
        cur.execute("SELECT status, count(*) FROM cases GROUP BY status")
        for status, n in cur.fetchall():
            print(f"{status:<12}{n}")


if __name__ == "__main__":
    main()
