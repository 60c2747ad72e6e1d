import os
import psycopg2

TABLES = {"cpu": "metrics_cpu", "mem": "metrics_mem", "disk": "metrics_disk"}


def recent(kind, host, minutes=15):
    table = TABLES[kind]
    sql = f"SELECT ts, value FROM {table}"
    sql += " WHERE host = %s AND ts > now() - (%s * interval '1 minute')"
    sql += " ORDER BY ts"
    with psycopg2.connect(os.environ["METRICS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql, (host, int(minutes)))
        return cur.fetchall()


if __name__ == "__main__":
    import sys
    for ts, value in recent(sys.argv[1], sys.argv[2]):
        print(ts.isoformat(), value)
