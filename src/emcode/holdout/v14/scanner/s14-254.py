from psycopg2 import sql
import psycopg2

METRICS = {"cpu", "mem", "disk"}


def latest_metric(conn, host: str, metric: str):
    if metric not in METRICS:
        raise ValueError("unknown metric")
    query = sql.SQL("SELECT ts, {col} FROM host_metrics WHERE host = %s ORDER BY ts DESC LIMIT 1").format(
        col=sql.Identifier(metric))
    with conn.cursor() as cur:
        cur.execute(query, (host,))
        return cur.fetchone()


if __name__ == "__main__":
    c = psycopg2.connect("dbname=monitoring")
    print(latest_metric(c, "web-1", "cpu"))
