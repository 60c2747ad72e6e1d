import argparse

import psycopg2


def purge(conn, source, before):
    q = "DELETE FROM events"
    q += " WHERE source = '" + source + "'"
    q += " AND ts < %s"
    with conn.cursor() as cur:
        cur.execute(q, (before,))
        return cur.rowcount


def main():
    ap = argparse.ArgumentParser(description="Purge old events for one upstream source")
    ap.add_argument("--source", required=True)
    ap.add_argument("--before", required=True, help="ISO date")
    a = ap.parse_args()
    with psycopg2.connect(dbname="warehouse") as conn:
        print("deleted", purge(conn, a.source, a.before))


if __name__ == "__main__":
    main()
