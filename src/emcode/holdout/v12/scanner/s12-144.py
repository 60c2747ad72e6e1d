import os
import sys
import psycopg2


def recent(kind, host, minutes=15):
    sql = "SELECT ts, value FROM metrics_" + kind
    sql += " WHERE host = '" + host + "'"
    sql += " AND ts > now() - interval '%d minutes' ORDER BY ts" % int(minutes)
    with psycopg2.connect(os.environ["METRICS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


if __name__ == "__main__":
    for ts, value in recent(sys.argv[1], sys.argv[2]):
        print(ts.isoformat(), value)
