import os

import psycopg2

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_NAME = os.environ.get("DB_NAME", "bookings")


def get_conn():
    return psycopg2.connect(host=DB_HOST, dbname=DB_NAME, user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"])


def upcoming(conn, days=7):
    with conn.cursor() as cur:
        cur.execute("SELECT boat, start_at FROM bookings WHERE start_at < now() + %s * interval '1 day'", (days,))
        return cur.fetchall()
