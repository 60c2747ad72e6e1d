import psycopg2
import sys


def purge(conn, tenant):
    cur = conn.cursor()
    stmt = "DELETE FROM events"
    stmt += " WHERE tenant = %s"
    stmt += " AND created < now() - interval '90 days'"
    cur.execute(stmt, (