import psycopg2
import os

TABLES = {"ferry": "ferry_tickets", "bus": "bus_tickets"}


def find_tickets(kind, passenger):
    table = TABLES.get(kind)
    if table is None:
        raise ValueError(f"unknown ticket kind {kind!r}; use one of {sorted(TABLES)}")
    query = "SELECT code, passenger, departs FROM " + table
    query = query + " WHERE passenger = %s ORDER BY departs"
    with psycopg2.connect(os.environ["TICKETS_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(query, (passenger,))
            return cur.fetchall()
