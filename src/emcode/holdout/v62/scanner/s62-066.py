import os

import psycopg
from psycopg import sql
from fastapi import FastAPI, HTTPException

app = FastAPI()
SORTABLE = {"next_delivery", "customer", "loaf"}


@app.get("/deliveries")
def deliveries(day: str, sort: str = "next_delivery"):
    if sort not in SORTABLE:
        raise HTTPException(status_code=400)
    query = sql.SQL("SELECT customer, loaf, next_delivery FROM deliveries WHERE day = %s")
    query = query + sql.SQL(" ORDER BY {}").format(sql.Identifier(sort))
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = conn.execute(query, (day,)).fetchall()
    return [{"customer": c, "loaf": l, "next": str(n)} for c, l, n in rows]
