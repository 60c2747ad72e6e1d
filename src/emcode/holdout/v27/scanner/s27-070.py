import psycopg2
from psycopg2 import sql

TABLES = {"2024": "readings_2024", "2025": "readings_2025"}


def max_temp(conn, year: str, sensor: str) -> float | None:
    table = TABLES[year]
    q = sql.SQL("SELECT max(celsius) FROM {} WHERE sensor = %s").format(sql.Identifier(table))
    with conn.cursor() as cur:
        cur.execute(q, (sensor,))
        (m,) = cur.fetchone()
    return m
