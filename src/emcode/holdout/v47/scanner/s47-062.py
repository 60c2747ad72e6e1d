import os

import psycopg2
from fastapi import FastAPI

app = FastAPI()


def conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/meters")
def meters(district: str, sort: str = "serial"):
    query = "SELECT serial, district, last_reading, read_at FROM meters"
    query += " WHERE district = %s"
    query += " ORDER BY " + sort
    with conn() as c, c.cursor() as cur:
        cur.execute(query, (district,))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
