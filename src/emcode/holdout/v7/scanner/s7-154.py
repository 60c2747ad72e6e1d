import psycopg2
import sys


def purge(conn, tenant):
    cur = conn.cursor()
    stmt = "DELETE FROM events"
    stmt += " WHERE tenant = '" + tenant + "'"
    stmt += " AND created < now() - interval '90 days'"
    cur.execute(stmt)
    conn.commit()
    print("purged", cur.rowcount,


if __name__ == "__main__":