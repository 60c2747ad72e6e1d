import psycopg2
from fastapi import FastAPI, Query

app = FastAPI()

SORT_COLUMNS = {"eta": "eta", "origin": "origin", "destination": "destination"}


def get_conn():
    return psycopg2.connect(dbname="freight", user="app", host="db")


@app.get("/shipments")
def shipments(status: str = "open", sort: str = "eta", limit: int = Query(50, ge=1, le=500)):
    base = "SELECT id, origin, destination, eta FROM shipments WHERE status = %s"
    order = " ORDER BY " + SORT_COLUMNS.get(sort, "eta")
    page = " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(base + order + page, (status, limit))
        return [dict(zip(("id", "origin", "destination", "eta"), r)) for r in cur.fetchall()]
