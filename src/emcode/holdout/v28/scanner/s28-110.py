import psycopg2
from fastapi import FastAPI

app = FastAPI()


def get_conn():
    return psycopg2.connect(dbname="freight", user="app", host="db")


@app.get("/shipments")
def shipments(status: str = "open", sort: str = "eta", limit: str = "50"):
    base = "SELECT id, origin, destination, eta FROM shipments WHERE status = %s"
    order = " ORDER BY " + sort
    page = " LIMIT " + limit
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(base + order + page, (status,))
        return [dict(zip(("id", "origin", "destination", "eta"), r)) for r in cur.fetchall()]
