import os

import psycopg2
from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"created_at": "created_at", "score": "score", "name": "full_name"}


def conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/applicants")
def applicants():
    status = request.args.get("status", "pending")
    order = SORTABLE.get(request.args.get("order", "created_at"), "created_at")
    base = "SELECT id, full_name, score FROM applicants "
    where = "WHERE status = %s "
    tail = "ORDER BY " + order
    with conn() as c, c.cursor() as cur:
        cur.execute(base + where + tail, (status,))
        return {"rows": cur.fetchall()}
