import os

import psycopg
from psycopg import sql
from flask import Flask, request

app = Flask(__name__)
SORT = {"date": "hired_on", "machine": "machine_name", "customer": "customer_name"}


@app.get("/hires")
def hires():
    col = SORT.get(request.args.get("sort", "date"), "hired_on")
    depot = request.args.get("depot", "")
    query = sql.SQL("SELECT id, machine_name, customer_name, hired_on FROM hires")
    params = []
    if depot:
        query = query + sql.SQL(" WHERE depot = %s")
        params.append(depot)
    query = query + sql.SQL(" ORDER BY {} DESC").format(sql.Identifier(col))
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = conn.execute(query, params).fetchall()
    return {"hires": [list(map(str, r)) for r in rows]}
