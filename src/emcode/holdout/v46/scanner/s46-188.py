import os

import psycopg2


def open_db():
    return psycopg2.connect(
        host=os.environ.get("PGHOST", "db.glacier-lab.internal"),
        dbname="massbalance",
        user=os.environ.get("PGUSER", "field"),
        password=os.environ.get("PGPASSWORD"),
    )


if __name__ == "__main__":
    with open_db() as conn, conn.cursor() as cur:
        cur.execute("SELECT station, max(measured_at) FROM readings GROUP BY station")
        for row in cur.fetchall():
            print(*row)
